using System.Linq.Expressions;
using Dialoogtafels.Api.Data.Batching;
using Dialoogtafels.Api.Data.Filtering;
using Dialoogtafels.Api.Data.Paging;
using Dialoogtafels.Api.Data.Projection;
using Dialoogtafels.Api.Data.Querying;
using Dialoogtafels.Api.Data.Sorting;
using Dialoogtafels.Api.Data.Visibility;
using Dialoogtafels.Domain.Common;
using Dialoogtafels.Persistence;
using GraphQL;
using GraphQL.Builders;
using GraphQL.DataLoader;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dialoogtafels.Api.GraphQL.Common;

/// <summary>
/// Builders of the entity list and reference fields that feature types declare: root cursor
/// connections and offset-paged segments, nested connections and unpaged lists over collection
/// navigations, and references by foreign key. Every field built here reads only visible content
/// (<see cref="ContentVisibility"/>) and batches nested reads per execution step, so the SQL
/// statement count depends on the query's shape, not on row counts. Fields with other shapes
/// (<c>nodes</c>, statistics, <c>similar</c>, <c>suggestedThemes</c>) are built by their own features.
/// </summary>
public static class ListFieldExtensions
{
    /// <summary>
    /// A root cursor connection <c>{name}(first, after, last, before, where, order, search): {Name}Connection</c>
    /// over <paramref name="source"/> (see <see cref="ListArguments{T}"/>). Bad arguments are field
    /// errors with codes (<see cref="PagingErrors"/>, <c>SEARCH_TOO_LONG</c>); the field is nullable, as HotChocolate
    /// generates connections, so such an error nulls this field only and its siblings still answer.
    /// </summary>
    public static FieldBuilder<object?, object> Connection<T>(
        this ObjectGraphType root, ConnectionTypes connections, string name, Func<DialoogtafelsDbContext, IQueryable<T>> source)
        where T : class, IEntity =>
        root.Field(name, connections.For(name, connections.Catalog.Of<T>().TypeName))
            .ListArguments<object?, T>(connections.Catalog)
            .ResolveAsync(async context => await TopLevelQuery.LoadAsync(
                context.Service<IDbContextFactory<DialoogtafelsDbContext>>(), source, context.ListArguments<T>(), context.CancellationToken));

    /// <summary>
    /// A root offset-paged list <c>{name}(skip, take, where, order, search): {Type}CollectionSegment</c>
    /// over <paramref name="source"/>, for clients that show numbered pages. The same reads as
    /// <see cref="Connection{T}"/> with SQL <c>OFFSET</c> (see <see cref="OffsetPageRequest"/>); bad
    /// arguments are field errors with <see cref="PagingErrors"/> codes.
    /// </summary>
    public static FieldBuilder<object?, object> CollectionSegment<T>(
        this ObjectGraphType root, CollectionSegmentTypes segments, string name, Func<DialoogtafelsDbContext, IQueryable<T>> source)
        where T : class, IEntity =>
        root.Field(name, segments.For(segments.Catalog.Of<T>().TypeName))
            .SegmentArguments<object?, T>(segments.Catalog)
            .ResolveAsync(async context =>
            {
                var list = context.ListArguments<T>(offset: true);
                var page = await TopLevelQuery.LoadAsync(
                    context.Service<IDbContextFactory<DialoogtafelsDbContext>>(), source, list, context.CancellationToken);
                return Data.Paging.CollectionSegment.From(page, list.Skip);
            });

    /// <summary>
    /// A nested cursor connection over the collection navigation <paramref name="navigation"/>,
    /// loaded for all parents of the execution step in one statement (see <see cref="NavigationQuery{TParent, TChild}"/>).
    /// </summary>
    public static FieldBuilder<TParent, object> Connection<TParent, TChild>(
        this ObjectGraphType<TParent> type, ConnectionTypes connections, string name, Expression<Func<TParent, IEnumerable<TChild>>> navigation)
        where TParent : ContentEntity
        where TChild : ContentEntity =>
        type.Field(name, connections.For(name, connections.Catalog.Of<TChild>().TypeName))
            .ListArguments<TParent, TChild>(connections.Catalog)
            .Resolve(context => context.Service<DataLoaderRegistry>().ForField(context.FieldAst, context.FieldDefinition, () =>
            {
                var list = context.ListArguments<TChild>(nested: true);
                var scope = new NavigationScope<TParent, TChild>(context, $"{typeof(TParent).Name}.{name}({list.Signature})", navigation, list.Filter);
                return scope.Loader<Connection<TChild>>($"page:{list.Page.Signature}", async (query, db, ids, ct) =>
                {
                    var items = await query.PageAsync(db, ids, list, ct);
                    return ids.ToDictionary(id => id, id => KeysetPage.ToConnection(
                        items.GetValueOrDefault(id) ?? [],
                        list.Page,
                        list.Order,
                        () => scope.Loader<int>("count", (q, d, i, c) => q.CountsAsync(d, i, c)).Load(id),
                        (name, predicate) => scope.Loader<bool>(name, (q, d, i, c) => q.AnyAsync(d, i, predicate, c)).Load(id)));
                });
            }).Load(context.Source.Id));

    /// <summary>A nested, unpaged list <c>[{Type}!]!</c> over a small collection navigation (e.g. an idea's themes), batched per step.</summary>
    public static FieldBuilder<TParent, object> List<TParent, TChild, TChildType>(
        this ObjectGraphType<TParent> type, string name, Expression<Func<TParent, IEnumerable<TChild>>> navigation)
        where TParent : ContentEntity
        where TChild : ContentEntity
        where TChildType : IGraphType =>
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TChildType>>>, object>(name)
            .Resolve(context => context.Service<DataLoaderRegistry>().ForField(context.FieldAst, context.FieldDefinition, () =>
            {
                var projection = EntityProjection.For<TChild>(context, SelectedFields.OfObjects(context), joins: false);
                var visibility = context.Service<ContentVisibility>();
                return new NavigationScope<TParent, TChild>(context, $"{typeof(TParent).Name}.{name}", navigation, visibility.Filter<TChild>())
                .Loader<List<TChild>>("all:" + EntityProjection.Signature(projection), async (query, db, ids, ct) =>
                {
                    var items = await query.AllAsync(db, ids, projection, visibility.Scope, ct);
                    return ids.ToDictionary(id => id, id => items.GetValueOrDefault(id) ?? []);
                });
            }).Load(context.Source.Id));

    /// <summary>
    /// A reference to one visible entity by the foreign key <paramref name="foreignKey"/>; null when
    /// absent or not visible. Batched per step; reads only the foreign key of the parent.
    /// </summary>
    public static FieldBuilder<TParent, object> Reference<TParent, TTarget, TTargetType>(
        this ObjectGraphType<TParent> type, string name, Expression<Func<TParent, int?>> foreignKey)
        where TTarget : ContentEntity
        where TTargetType : IGraphType
    {
        var key = foreignKey.Compile();
        var member = (foreignKey.Body is UnaryExpression { Operand: MemberExpression converted } ? converted : (MemberExpression)foreignKey.Body).Member.Name;
        var field = type.Field<TTargetType, object>(name).Reads(member);
        // With an optional navigation {Name} next to the foreign key {Name}Id, projections join the
        // target (EntityProjection.Joins): then it is on the source already. Otherwise (not projected,
        // e.g. a mutation payload) it is loaded by key, batched. Required references are not joined:
        // EF Core joins them with INNER JOIN, which would drop the rows whose target is soft-deleted.
        if (typeof(IEntity).IsAssignableFrom(typeof(TParent)) && member.EndsWith("Id", StringComparison.Ordinal)
            && typeof(TParent).GetProperty(member)?.PropertyType == typeof(int?)
            && typeof(TParent).GetProperty(member[..^2]) is { } navigation && navigation.PropertyType == typeof(TTarget))
        {
            var parent = Expression.Parameter(typeof(TParent), "p");
            var joined = Expression.Lambda<Func<TParent, TTarget?>>(Expression.Property(parent, navigation), parent).Compile();
            return field.Joins(navigation).Resolve(context =>
                joined(context.Source) is { } target ? target : key(context.Source) is int id ? context.LoadById<TTarget>(id) : null);
        }

        return field.Resolve(context => key(context.Source) is int id ? context.LoadById<TTarget>(id) : null);
    }

    private static ListArguments<T> ListArguments<T>(this IResolveFieldContext context, bool nested = false, bool offset = false) where T : class, IEntity =>
        Data.Querying.ListArguments<T>.From(context, context.Service<IOptions<PagingOptions>>().Value, context.Service<ContentVisibility>(), nested, offset);

    /// <summary>Request-scoped loaders of one navigation field, named by field, visibility and purpose.</summary>
    private sealed class NavigationScope<TParent, TChild>(
        IResolveFieldContext context, string field, Expression<Func<TParent, IEnumerable<TChild>>> navigation, Expression<Func<TChild, bool>> filter)
        where TParent : ContentEntity
        where TChild : ContentEntity
    {
        private readonly ContentVisibility visibility = context.Service<ContentVisibility>();
        private readonly DataLoaderRegistry registry = context.Service<DataLoaderRegistry>();
        private readonly IDbContextFactory<DialoogtafelsDbContext> contexts = context.Service<IDbContextFactory<DialoogtafelsDbContext>>();

        public BatchLoader<int, TValue> Loader<TValue>(
            string purpose,
            Func<NavigationQuery<TParent, TChild>, DbContext, IReadOnlyList<int>, CancellationToken, Task<Dictionary<int, TValue>>> fetch) =>
            registry.GetOrAdd<int, TValue>($"{visibility.Scope}:{field}:{purpose}", () => new BatchLoader<int, TValue>(
                async (ids, cancellationToken) =>
                {
                    await ReferenceKeys.LoadAsync(filter, cancellationToken);
                    await using var db = await contexts.CreateDbContextAsync(cancellationToken);
                    return await fetch(new NavigationQuery<TParent, TChild>(navigation, filter), db, ids, cancellationToken);
                },
                default!));
    }
}
