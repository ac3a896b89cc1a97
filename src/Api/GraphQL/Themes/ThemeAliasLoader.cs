using Dialoogtafels.Api.Data.Batching;
using Dialoogtafels.Api.GraphQL.Common;
using Dialoogtafels.Persistence;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace Dialoogtafels.Api.GraphQL.Themes;

/// <summary>Loads the aliases of many themes in one statement.</summary>
internal static class ThemeAliasLoader
{
    public static IDataLoaderResult<List<string>> LoadAliases(this IResolveFieldContext context, int themeId)
    {
        var contexts = context.Service<IDbContextFactory<DialoogtafelsDbContext>>();
        return context.Service<DataLoaderRegistry>().GetOrAdd<int, List<string>>("Theme.aliases", () => new BatchLoader<int, List<string>>(
            async (ids, ct) =>
            {
                await using var db = await contexts.CreateDbContextAsync(ct);
                var rows = await db.ThemeAliases.Where(a => ids.Contains(a.ThemeId)).OrderBy(a => a.Label).ToListAsync(ct);
                return rows.GroupBy(a => a.ThemeId).ToDictionary(g => g.Key, g => g.Select(a => a.Label).ToList());
            },
            [])).Load(themeId);
    }
}
