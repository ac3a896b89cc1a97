using System.Text.Json.Nodes;
using Dialoogtafels.Api.Data.Batching;
using Dialoogtafels.Api.Data.Editing;
using Dialoogtafels.Api.GraphQL.Common;
using Dialoogtafels.Domain.Cms;
using Dialoogtafels.Domain.Common;
using Dialoogtafels.Persistence;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace Dialoogtafels.Api.GraphQL.Cms;

/// <summary>Batched reads of CMS data for the <c>draft</c> and <c>revisions</c> fields of content types (one statement per step each).</summary>
public static class CmsLoaders
{
    /// <summary>The item <paramref name="id"/> with its pending draft applied, or null when it has none.</summary>
    public static IDataLoaderResult<T?> LoadDraft<T>(this IResolveFieldContext context, int id) where T : ContentEntity
    {
        var contexts = context.Service<IDbContextFactory<DialoogtafelsDbContext>>();
        var fields = context.Service<Data.Catalog.EntityCatalog>().Of(typeof(T)).Editing!;
        return context.Service<DataLoaderRegistry>().GetOrAdd<int, T?>($"draft:{typeof(T).Name}", () => new BatchLoader<int, T?>(
            async (ids, ct) =>
            {
                await using var db = await contexts.CreateDbContextAsync(ct);
                var rows = await db.Set<T>().Where(e => ids.Contains(e.Id) && e.PendingDraft != null).ToListAsync(ct);
                foreach (var row in rows) ContentSnapshot.Apply(row, fields, JsonNode.Parse(row.PendingDraft!)!.AsObject());
                return rows.ToDictionary(e => e.Id, e => (T?)e);
            },
            null)).Load(id);
    }

    /// <summary>The revisions of the item <paramref name="id"/> of type <paramref name="typeName"/>, newest first.</summary>
    public static IDataLoaderResult<List<Revision>> LoadRevisions(this IResolveFieldContext context, string typeName, int id)
    {
        var contexts = context.Service<IDbContextFactory<DialoogtafelsDbContext>>();
        return context.Service<DataLoaderRegistry>().GetOrAdd<int, List<Revision>>($"revisions:{typeName}", () => new BatchLoader<int, List<Revision>>(
            async (ids, ct) =>
            {
                await using var db = await contexts.CreateDbContextAsync(ct);
                var rows = await db.Revisions.Where(r => r.EntityType == typeName && ids.Contains(r.EntityId))
                    .OrderByDescending(r => r.Number).ToListAsync(ct);
                return rows.GroupBy(r => r.EntityId).ToDictionary(g => g.Key, g => g.ToList());
            },
            [])).Load(id);
    }
}
