using System.Collections.Concurrent;
using System.Linq.Expressions;
using Dialoogtafels.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Dialoogtafels.Api.Data.Sorting;

/// <summary>
/// Required references in sort keys as scalar subqueries. <see cref="Required"/> rewrites
/// <c>e =&gt; e.Dialogue</c> (foreign key <c>int DialogueId</c>) into
/// <c>e =&gt; dialogues.Where(d =&gt; d.Id == e.DialogueId).FirstOrDefault()</c> over a placeholder
/// set, which <see cref="Bind{T}"/> replaces with the set of the context that runs the query.
/// </summary>
/// <remarks>
/// EF Core joins a required reference with <c>INNER JOIN</c> on the target filtered by its query
/// filter (soft delete), which would drop the rows whose target is soft-deleted from a list ordered
/// by, e.g., <c>dialogue: { title: ASC }</c>, while <c>totalCount</c> still counts them. The
/// subquery reads NULL there instead, which the total key selectors
/// (<see cref="SortKeys"/>) order like any missing value. Optional references (nullable foreign
/// key) are joined with <c>LEFT JOIN</c> and stay as they are. Sort orders are built before a
/// context exists, and EF Core refuses query roots of another context, hence the placeholder.
/// </remarks>
public static class QueryRoots
{
    private static readonly ConcurrentDictionary<Type, IQueryable> Placeholders = new();

    /// <summary>
    /// <paramref name="reference"/> as a subquery when it is a required reference; otherwise unchanged
    /// (the same instance). With <paramref name="visible"/>, the subquery finds the target only when
    /// it holds (else NULL, as for a missing target).
    /// </summary>
    public static LambdaExpression Required(LambdaExpression reference, LambdaExpression? visible = null)
    {
        if (reference.Body is not MemberExpression { Expression: { } owner } navigation
            || !typeof(IEntity).IsAssignableFrom(navigation.Type)
            || owner.Type.GetProperty(navigation.Member.Name + "Id") is not { PropertyType: var keyType } foreignKey
            || keyType != typeof(int))
        {
            return reference;
        }

        var target = navigation.Type;
        var placeholder = Placeholders.GetOrAdd(target, t => (IQueryable)Activator.CreateInstance(typeof(EnumerableQuery<>).MakeGenericType(t), Array.CreateInstance(t, 0))!);
        var candidate = Expression.Parameter(target, "t");
        Expression condition = Expression.Equal(Expression.Property(candidate, nameof(IEntity.Id)), Expression.Property(owner, foreignKey));
        if (visible is not null) condition = Expression.AndAlso(condition, Dialoogtafels.Api.Data.Querying.ParameterReplacer.Apply(visible, candidate));
        var matches = Expression.Lambda(condition, candidate);
        var where = Expression.Call(typeof(Queryable), nameof(Queryable.Where), [target],
            Expression.Constant(placeholder, typeof(IQueryable<>).MakeGenericType(target)), Expression.Quote(matches));
        var first = Expression.Call(typeof(Queryable), nameof(Queryable.FirstOrDefault), [target], where);
        return Expression.Lambda(first, reference.Parameters);
    }

    /// <summary><paramref name="query"/> with every placeholder set replaced by <paramref name="db"/>'s set of that entity.</summary>
    public static IQueryable<T> Bind<T>(IQueryable<T> query, DbContext db) =>
        query.Provider.CreateQuery<T>(new Binder(db).Visit(query.Expression));

    private sealed class Binder(DbContext db) : ExpressionVisitor
    {
        protected override Expression VisitConstant(ConstantExpression node)
        {
            if (node.Value is not IQueryable set || !Placeholders.TryGetValue(set.ElementType, out var placeholder) || !ReferenceEquals(set, placeholder))
                return node;
            return ((IQueryable)typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!.MakeGenericMethod(set.ElementType).Invoke(db, null)!).Expression;
        }
    }
}
