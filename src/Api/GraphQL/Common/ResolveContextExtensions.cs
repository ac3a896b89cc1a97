using Dialoogtafels.Api.Data.Batching;
using Dialoogtafels.Api.Data.Projection;
using Dialoogtafels.Api.Data.Querying;
using Dialoogtafels.Api.Data.Visibility;
using Dialoogtafels.Domain.Common;
using Dialoogtafels.Persistence;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Dialoogtafels.Api.GraphQL.Common;

/// <summary>Request services for resolvers. The schema is a singleton; per-request services come from <c>RequestServices</c>.</summary>
public static class ResolveContextExtensions
{
    /// <summary>A service of the current request's scope.</summary>
    /// <exception cref="InvalidOperationException">When the request was executed without <c>RequestServices</c>.</exception>
    public static T Service<T>(this IResolveFieldContext context) where T : notnull =>
        (context.RequestServices ?? throw new InvalidOperationException("ExecutionOptions.RequestServices is not set."))
        .GetRequiredService<T>();

    /// <summary>
    /// Whether the caller reads the CMS's version and last-saved time of content (<see cref="ContentEntity.EditVersion"/>,
    /// <see cref="ContentEntity.EditedAt"/>) rather than the public ones: CMS users do (see <see cref="ContentVisibility.AsRead"/>).
    /// </summary>
    public static bool ReadsCmsMembers(this IResolveFieldContext context) => context.Service<ContentVisibility>().ReadsCmsMembers;

    /// <summary>
    /// The visible <typeparamref name="T"/> with key <paramref name="id"/>, or null; batched with every
    /// other by-key load of <typeparamref name="T"/> with the same selection in the same execution step
    /// (one SQL statement), reading only the selected columns.
    /// </summary>
    public static IDataLoaderResult<T?> LoadById<T>(this IResolveFieldContext context, int id) where T : ContentEntity =>
        context.Service<DataLoaderRegistry>().ForField(context.FieldAst, context.FieldDefinition, () => ByIdLoader<T>(context)).Load(id);

    private static BatchLoader<int, T?> ByIdLoader<T>(IResolveFieldContext context) where T : ContentEntity
    {
        var visibility = context.Service<ContentVisibility>();
        var contexts = context.Service<IDbContextFactory<DialoogtafelsDbContext>>();
        var projection = EntityProjection.For<T>(context, SelectedFields.OfObjects(context));
        var loader = context.Service<DataLoaderRegistry>().GetOrAdd<int, T?>(
            $"{visibility.Scope}:byId:{typeof(T).Name}:{EntityProjection.Signature(projection)}",
            () => new BatchLoader<int, T?>(
                async (ids, cancellationToken) =>
                {
                    await using var db = await contexts.CreateDbContextAsync(cancellationToken);
                    var rows = new Dictionary<int, T?>(ids.Count);
                    await foreach (var row in KeyedQuery.Load(db, visibility, projection, ids).WithCancellation(cancellationToken))
                        rows[row.Id] = row;
                    return rows;
                },
                null));
        return loader;
    }
}
