using Microsoft.EntityFrameworkCore;

namespace Dialoogtafels.Api.GraphQL.Statistics;

/// <summary>
/// The transitive closure of the theme hierarchy as a composable query: one row per theme and each
/// of its ancestors, the theme itself included. Read from the SQL function <c>theme_ancestors()</c>
/// (migration <c>Initial</c>, a recursive CTE over <c>themes.parent_id</c>), so the
/// roll-up of any depth stays inside the one statement of a statistic.
/// </summary>
internal static class ThemeClosure
{
    /// <summary>The closure, to join in LINQ (EF Core embeds it as a subquery).</summary>
    public static IQueryable<ThemeAncestor> Of(DbContext db) =>
        db.Database.SqlQuery<ThemeAncestor>($"SELECT theme_id, ancestor_id FROM theme_ancestors()");
}

/// <summary>A theme and one of its ancestors (or itself).</summary>
internal sealed class ThemeAncestor
{
    /// <summary>The theme.</summary>
    public int ThemeId { get; set; }

    /// <summary>The theme itself or one of its ancestors.</summary>
    public int AncestorId { get; set; }
}
