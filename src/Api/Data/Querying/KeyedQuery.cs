using System.Collections.Concurrent;
using System.Linq.Expressions;
using Dialoogtafels.Api.Data.Visibility;
using Dialoogtafels.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Dialoogtafels.Api.Data.Querying;

/// <summary>
/// Loads visible entities by key through EF Core compiled queries (<c>EF.CompileAsyncQuery</c>), one
/// per projection, visibility scope and shape: <c>WHERE id = @key</c> for one key (a plan PostgreSQL
/// keeps, see <see cref="Predicates.HasKeyIn{T}"/>) and <c>WHERE id = ANY (@keys)</c> for more. A
/// by-key load is the most frequent statement of the API (<c>node(id:)</c>, references, batches), and
/// its LINQ form cost more in .NET than in PostgreSQL: building the expression tree, EF Core's
/// parameter extraction and its query-cache lookup by tree on every execution. A compiled query does
/// them once. Projections are cached instances (<see cref="Projection.EntityProjection"/>), so the
/// number of compiled queries is bounded by the number of projections.
/// </summary>
public static class KeyedQuery
{
    /// <summary>
    /// The rows of <typeparamref name="T"/> with a key in <paramref name="keys"/> (one or more, no
    /// duplicates needed) that <paramref name="visibility"/> lets the caller see, shaped by
    /// <paramref name="projection"/> (which must be a cached instance: it is the cache key). Missing
    /// and invisible keys have no row; the order is undefined.
    /// </summary>
    public static IAsyncEnumerable<T> Load<T>(
        DbContext db, ContentVisibility visibility, Expression<Func<T, T>> projection, IReadOnlyCollection<int> keys)
        where T : class, IEntity
    {
        var compiled = Compiled<T>.Queries.GetOrAdd((projection, visibility.Scope), static (key, filter) => Compile(filter, key.Projection),
            visibility.Filter<T>());
        return keys.Count == 1 ? compiled.One(db, keys.First()) : compiled.Many(db, keys as int[] ?? keys.ToArray());
    }

    private static (Func<DbContext, int, IAsyncEnumerable<T>> One, Func<DbContext, int[], IAsyncEnumerable<T>> Many) Compile<T>(
        Expression<Func<T, bool>> visible, Expression<Func<T, T>> projection) where T : class, IEntity
    {
        var db = Expression.Parameter(typeof(DbContext), "db");
        var entity = Expression.Parameter(typeof(T), "e");
        var id = Expression.Property(entity, nameof(IEntity.Id));
        Expression Query(Expression<Func<T, bool>> hasKey) => Expression.Call(typeof(Queryable), nameof(Queryable.Select), [typeof(T), typeof(T)],
            Expression.Call(typeof(Queryable), nameof(Queryable.Where), [typeof(T)],
                Expression.Call(typeof(Queryable), nameof(Queryable.Where), [typeof(T)],
                    Expression.Call(db, nameof(DbContext.Set), [typeof(T)]), Expression.Quote(visible)),
                Expression.Quote(hasKey)),
            Expression.Quote(projection));

        var key = Expression.Parameter(typeof(int), "key");
        var one = Expression.Lambda<Func<DbContext, int, IQueryable<T>>>(
            Query(Expression.Lambda<Func<T, bool>>(Expression.Equal(id, key), entity)), db, key);
        var keys = Expression.Parameter(typeof(int[]), "keys");
        var many = Expression.Lambda<Func<DbContext, int[], IQueryable<T>>>(
            Query(Expression.Lambda<Func<T, bool>>(Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(int)], keys, id), entity)),
            db, keys);
        return (EF.CompileAsyncQuery(one), EF.CompileAsyncQuery(many));
    }

    private static class Compiled<T> where T : class, IEntity
    {
        public static readonly ConcurrentDictionary<(Expression<Func<T, T>> Projection, string Scope),
            (Func<DbContext, int, IAsyncEnumerable<T>> One, Func<DbContext, int[], IAsyncEnumerable<T>> Many)> Queries = new();
    }
}
