using Dialoogtafels.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Dialoogtafels.Api.Tests.Support;

/// <summary>The invariant of the key arrays (<see cref="KeyArrays"/>): <c>theme_ids</c> equals the join rows.</summary>
public static class KeyArrayDrift
{
    /// <summary>
    /// How many ideas (with a title <c>LIKE</c> <paramref name="ideaTitles"/>) and how many stories
    /// have a <c>theme_ids</c> that differs from their join rows: <c>[ideas, stories]</c>, both 0 when all is well.
    /// </summary>
    public static async Task<int[]> CountAsync(DialoogtafelsDbContext db, string ideaTitles = "%") =>
        (await db.Database.SqlQueryRaw<int>("""
            SELECT count(*)::int AS "Value" FROM ideas i
            WHERE i.title LIKE {0} AND i.theme_ids <> coalesce((SELECT array_agg(theme_id ORDER BY theme_id) FROM idea_themes WHERE idea_id = i.id), ARRAY[]::int[])
            UNION ALL
            SELECT count(*)::int FROM stories s
            WHERE s.theme_ids <> coalesce((SELECT array_agg(theme_id ORDER BY theme_id) FROM story_themes WHERE story_id = s.id), ARRAY[]::int[])
            """, ideaTitles).ToListAsync()).ToArray();
}
