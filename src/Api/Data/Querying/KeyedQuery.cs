using System.Collections.Concurrent;
using System.Linq.Expressions;
using Dialoogtafels.Api.Data.Visibility;
using Dialoogtafels.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Dialoogtafels.Api.Data.Querying;

/// <summary>
/// Statements that read rows for a set of keys as EF Core compiled queries (<c>EF.CompileAsyncQuery</c>),
/// in two shapes: <c>WHERE id = @key</c> for one key (a plan PostgreSQL keeps, see
/// <see cref="Predicates.HasKeyIn{T}"/>) and <c>WHERE id = ANY (@keys)</c> for more. By-key loads
/// and unpaged nested lists are the most frequent statements of the API (<c>node(id:)</c>,
/// references, an idea's themes), and their LINQ form cost more in .NET than in PostgreSQL:
/// building the expression tree, EF Core's parameter extraction and its query-cache lookup by tree
/// on every execution. A compiled query does them once. Callers cache the compiled pair under a key
/// made of cached instances (projections, navigations) and the visibility scope, so their number is
/// bounded by the schema.
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
        where T : class, IEntity =>
        Loads<T>.Queries.GetOrAdd((projection, visibility.Scope), static (key, visible) => Compile<T, T>(roots =>
                Expression.Call(typeof(Queryable), nameof(Queryable.Select), [typeof(T), typeof(T)],
                    Expression.Call(typeof(Queryable), nameof(Queryable.Where), [typeof(T)], roots, Expression.Quote(visible)),
                    Expression.Quote(key.Projection))),
            visibility.Filter<T>())
        .Run(db, keys);

    /// <summary>
    /// Compiles <paramref name="query"/>, which turns the expression of an <c>IQueryable&lt;TRoot&gt;</c>
    /// (the <typeparamref name="TRoot"/> rows with the requested keys) into the expression of an
    /// <c>IQueryable&lt;TResult&gt;</c>, for one key and for several.
    /// </summary>
    public static Compiled<TResult> Compile<TRoot, TResult>(Func<Expression, Expression> query) where TRoot : class, IEntity
    {
        var db = Expression.Parameter(typeof(DbContext), "db");
        var root = Expression.Parameter(typeof(TRoot), "k");
        var id = Expression.Property(root, nameof(IEntity.Id));
        Expression Roots(Expression hasKey) => Expression.Call(typeof(Queryable), nameof(Queryable.Where), [typeof(TRoot)],
            Expression.Call(db, nameof(DbContext.Set), [typeof(TRoot)]), Expression.Quote(Expression.Lambda<Func<TRoot, bool>>(hasKey, root)));

        var key = Expression.Parameter(typeof(int), "key");
        var keys = Expression.Parameter(typeof(int[]), "keys");
        return new Compiled<TResult>(
            EF.CompileAsyncQuery(Expression.Lambda<Func<DbContext, int, IQueryable<TResult>>>(query(Roots(Expression.Equal(id, key))), db, key)),
            EF.CompileAsyncQuery(Expression.Lambda<Func<DbContext, int[], IQueryable<TResult>>>(
                query(Roots(Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(int)], keys, id))), db, keys)));
    }

    /// <summary>A compiled keyed statement in its two shapes.</summary>
    /// <param name="One">For one key.</param>
    /// <param name="Many">For several keys.</param>
    public sealed record Compiled<TResult>(Func<DbContext, int, IAsyncEnumerable<TResult>> One, Func<DbContext, int[], IAsyncEnumerable<TResult>> Many)
    {
        /// <summary>Runs the shape that fits <paramref name="keys"/> (at least one) on <paramref name="db"/>.</summary>
        public IAsyncEnumerable<TResult> Run(DbContext db, IReadOnlyCollection<int> keys) =>
            keys.Count == 1 ? One(db, keys.First()) : Many(db, keys as int[] ?? keys.ToArray());
    }

    private static class Loads<T> where T : class, IEntity
    {
        public static readonly ConcurrentDictionary<(Expression<Func<T, T>> Projection, string Scope), Compiled<T>> Queries = new();
    }
}
