using Dialoogtafels.Persistence;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Dialoogtafels.Api.Data.Querying;
using Dialoogtafels.Domain.Common;

namespace Dialoogtafels.Api.Data.Sorting;

/// <summary>
/// A total order over <typeparamref name="T"/>: the client's keys followed by the key
/// <see cref="ContentEntity.Id"/> ascending as the unique tiebreaker, so keyset paging is stable.
/// Builds <c>ORDER BY</c> and the keyset predicate "after/before these key values" as expression
/// trees for <see cref="IQueryable{T}"/> and for collection navigations inside projections.
/// </summary>
public sealed class SortOrder<T> where T : class, IEntity
{
    private static readonly Expression<Func<T, int>> IdKey = e => e.Id;

    /// <summary>Ascending key order, the order of every list without an <c>order</c> argument.</summary>
    public static SortOrder<T> Default { get; } = new([]);

    /// <param name="keys">The client's keys, in priority order; the id is appended.</param>
    public SortOrder(IEnumerable<SortKey> keys)
    {
        Keys = [.. keys, new SortKey("id", IdKey, false)];
        Signature = typeof(T).Name + ":" + string.Join(",", Keys.Select(k => k.Path + (k.Descending ? ":d" : ":a")));
    }

    /// <summary>The keys, the id last.</summary>
    public IReadOnlyList<SortKey> Keys { get; }

    /// <summary>Whether a key reads a member of a referenced entity (<c>e.Dialogue.Title</c>), which EF Core reads through a join.</summary>
    public bool ThroughReferences => Keys.Any(key => new ReferenceFinder(key.Selector.Parameters[0]).Finds(key.Selector.Body));

    /// <summary>Names the entity and the order (e.g. <c>Idea:title:a,id:a</c>); cursors carry it so that a cursor of another list or order is rejected.</summary>
    public string Signature { get; }

    /// <summary>Orders <paramref name="source"/> (an <see cref="IQueryable{T}"/> or an <see cref="IEnumerable{T}"/> expression) forwards or backwards.</summary>
    public Expression OrderBy(Expression source, bool forward)
    {
        var queryable = typeof(IQueryable<T>).IsAssignableFrom(source.Type);
        var host = queryable ? typeof(Queryable) : typeof(Enumerable);
        for (var i = 0; i < Keys.Count; i++)
        {
            var key = Keys[i];
            var descending = key.Descending == forward;
            var method = (i == 0 ? "OrderBy" : "ThenBy") + (descending ? "Descending" : "");
            Expression selector = queryable ? Expression.Quote(key.Selector) : key.Selector;
            source = Expression.Call(host, method, [typeof(T), key.Type], source, selector);
        }

        return source;
    }

    /// <summary>
    /// Orders <paramref name="source"/>, whose elements hold a <typeparamref name="T"/> at <paramref name="through"/>
    /// (e.g. an item joined with its dialogue), by this order's keys read through it, forwards.
    /// </summary>
    public IQueryable<TSource> OrderBy<TSource>(IQueryable<TSource> source, Expression<Func<TSource, T>> through)
    {
        var expression = source.Expression;
        for (var i = 0; i < Keys.Count; i++)
        {
            var key = Keys[i];
            var selector = Expression.Lambda(ParameterReplacer.Apply(key.Selector, through.Body), through.Parameters);
            var method = (i == 0 ? "OrderBy" : "ThenBy") + (key.Descending ? "Descending" : "");
            expression = Expression.Call(typeof(Queryable), method, [typeof(TSource), key.Type], expression, Expression.Quote(selector));
        }

        return source.Provider.CreateQuery<TSource>(expression);
    }

    /// <summary>
    /// The predicate "comes after <paramref name="values"/>" (forward) or "comes before" (backward):
    /// <c>k1 &gt; v1 OR (k1 = v1 AND k2 &gt; v2) OR …</c>, with the comparison flipped for descending keys.
    /// </summary>
    public Expression<Func<T, bool>> Beyond(object?[] values, bool forward)
    {
        var entity = Expression.Parameter(typeof(T), "e");
        Expression? any = null;
        Expression equalSoFar = Expression.Constant(true);
        for (var i = 0; i < Keys.Count; i++)
        {
            var key = ParameterReplacer.Apply(Keys[i].Selector, entity);
            var value = Constant(values[i], Keys[i].Type);
            var greater = forward != Keys[i].Descending;
            var step = Expression.AndAlso(equalSoFar, Compare(key, value, greater));
            any = any is null ? step : Expression.OrElse(any, step);
            equalSoFar = i == 0 ? Equal(key, value) : Expression.AndAlso(equalSoFar, Equal(key, value));
        }

        return Expression.Lambda<Func<T, bool>>(any!, entity);
    }

    /// <summary>
    /// Each row, projected by <paramref name="projection"/>, with the values of its sort keys (for its
    /// cursor) and, when searching, its highlight.
    /// </summary>
    public Expression<Func<T, KeyedRow<T>>> WithKeys(Expression<Func<T, T>> projection, Expression<Func<T, string>>? highlight = null, bool total = false)
    {
        var entity = Expression.Parameter(typeof(T), "e");
        var keys = Expression.NewArrayInit(typeof(object),
            Keys.Select(k => Expression.Convert(ParameterReplacer.Apply(k.Selector, entity), typeof(object))));
        List<MemberBinding> bindings =
        [
            Expression.Bind(typeof(KeyedRow<T>).GetProperty(nameof(KeyedRow<T>.Entity))!, ParameterReplacer.Apply(projection, entity)),
            Expression.Bind(typeof(KeyedRow<T>).GetProperty(nameof(KeyedRow<T>.Keys))!, keys),
        ];
        if (highlight is not null)
            bindings.Add(Expression.Bind(typeof(KeyedRow<T>).GetProperty(nameof(KeyedRow<T>.Highlight))!, ParameterReplacer.Apply(highlight, entity)));
        if (total)
            bindings.Add(Expression.Bind(typeof(KeyedRow<T>).GetProperty(nameof(KeyedRow<T>.Total))!,
                Expression.Convert(Expression.Call(typeof(WindowFunctions), nameof(WindowFunctions.CountAll), null), typeof(long?))));
        return Expression.Lambda<Func<T, KeyedRow<T>>>(Expression.MemberInit(Expression.New(typeof(KeyedRow<T>)), bindings), entity);
    }

    private static Expression Compare(Expression key, Expression value, bool greater)
    {
        if (key.Type == typeof(string))
        {
            // string.Compare(key, value) > 0 — EF Core translates it to key > value.
            var compare = Expression.Call(typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!, key, value);
            return greater ? Expression.GreaterThan(compare, Expression.Constant(0)) : Expression.LessThan(compare, Expression.Constant(0));
        }

        return greater ? Expression.GreaterThan(key, value) : Expression.LessThan(key, value);
    }

    private static Expression Equal(Expression key, Expression value) => Expression.Equal(key, value);

    private static Expression Constant(object? value, Type type)
    {
        var box = Activator.CreateInstance(typeof(StrongBox<>).MakeGenericType(type), value)!;
        return Expression.Field(Expression.Constant(box), "Value");
    }
}

/// <summary>Finds a member read through a reference of the entity parameter (<c>e.Dialogue.Title</c>, or a subquery of <see cref="QueryRoots"/>).</summary>
internal sealed class ReferenceFinder(ParameterExpression entity) : ExpressionVisitor
{
    private bool found;

    public bool Finds(Expression body)
    {
        Visit(body);
        return found;
    }

    protected override Expression VisitMember(MemberExpression node)
    {
        if (node.Expression is MemberExpression { Expression: var root } && root == entity) found = true;
        return base.VisitMember(node);
    }

    // A required reference is read by a subquery (QueryRoots), which counts as a reference too.
    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        if (node.Method.DeclaringType == typeof(Queryable)) found = true;
        return base.VisitMethodCall(node);
    }
}

/// <summary>An entity and the values of its sort keys, as read from the database.</summary>
public sealed class KeyedRow<T>
{
    public T Entity { get; set; } = default!;

    public object?[] Keys { get; set; } = [];

    /// <summary>The search highlight, when the row was read by a search.</summary>
    public string? Highlight { get; set; }

    /// <summary>The number of rows the page's filter keeps, when the page statement counted them (<c>count(*) OVER ()</c>).</summary>
    public long? Total { get; set; }
}
