using System.Linq.Expressions;
using Dialoogtafels.Api.Data.Querying;
using Dialoogtafels.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Dialoogtafels.Api.Data.Statistics;

/// <summary>
/// One way to slice items of <typeparamref name="T"/> for counting, declared once and combined
/// freely by <see cref="CrossTable"/>: either one value per item (<see cref="Single"/>, e.g. a
/// story's kind) or any number of values per item (<see cref="Many"/>, e.g. its themes), where an
/// item without values counts under the "none" value (<see cref="DimensionKey"/> with both fields null).
/// Everything stays an expression tree: PostgreSQL computes the rows.
/// </summary>
/// <typeparam name="T">The counted entity.</typeparam>
public sealed class Dimension<T> where T : ContentEntity
{
    private readonly Expression<Func<T, DimensionKey>>? single;
    private readonly Func<DbContext, Expression<Func<T, IEnumerable<DimensionKey>>>>? many;

    private Dimension(Expression<Func<T, DimensionKey>>? single, Func<DbContext, Expression<Func<T, IEnumerable<DimensionKey>>>>? many, bool applyLast)
    {
        this.single = single;
        this.many = many;
        ApplyLast = applyLast;
    }

    /// <summary>
    /// True when this dimension must be joined after the other one of a cross table. Needed for values
    /// read with <c>unnest()</c> of an array column (a primitive collection such as
    /// <c>Idea.ProposedActors</c>): EF Core 10 fails (in its <c>SqlNullabilityProcessor</c>) when another
    /// join follows such an <c>unnest</c>, while the other order translates.
    /// </summary>
    public bool ApplyLast { get; }

    /// <summary>One value per item: <paramref name="key"/> must be a member initializer <c>new DimensionKey { … }</c>.</summary>
    /// <exception cref="ArgumentException">When <paramref name="key"/> is not a member initializer.</exception>
    public static Dimension<T> Single(Expression<Func<T, DimensionKey>> key) =>
        key.Body is MemberInitExpression
            ? new Dimension<T>(key, null, applyLast: false)
            : throw new ArgumentException("The key must be written as new DimensionKey { Id = …, Text = … }.", nameof(key));

    /// <summary>
    /// Any number of values per item; <paramref name="values"/> may use the context's sets (e.g. a
    /// joined closure). Each <see cref="DimensionKey"/> must bind both <c>Id</c> and <c>Text</c>
    /// (<c>Id = null</c> for enum values), else EF Core cannot group by them. See <see cref="ApplyLast"/>
    /// for <paramref name="applyLast"/>.
    /// </summary>
    public static Dimension<T> Many(Func<DbContext, Expression<Func<T, IEnumerable<DimensionKey>>>> values, bool applyLast = false) =>
        new(null, values, applyLast);

    /// <summary>
    /// Adds this dimension's value to each row of <paramref name="source"/>, whose item is
    /// <paramref name="item"/>: one row per value (a lateral join), and with <paramref name="withNone"/>
    /// one row with the "none" value for an item without values, else none. <paramref name="result"/>
    /// gets the row, the value's id and its text. Chaining two calls crosses two dimensions in one scan.
    /// </summary>
    public IQueryable<TResult> Apply<TSource, TResult>(
        DbContext db, IQueryable<TSource> source, Expression<Func<TSource, T>> item,
        Expression<Func<TSource, int?, string?, TResult>> result, bool withNone)
    {
        var row = Expression.Parameter(typeof(TSource), "row");
        var entity = ParameterReplacer.Apply(item, row);
        if (single is not null)
        {
            var key = (MemberInitExpression)ParameterReplacer.Apply(single, entity);
            var body = Result(result, row, Binding(key, nameof(DimensionKey.Id)), Binding(key, nameof(DimensionKey.Text)));
            return source.Select(Expression.Lambda<Func<TSource, TResult>>(body, row));
        }

        Expression values = ParameterReplacer.Apply(many!(db), entity);
        if (withNone) values = Expression.Call(typeof(Enumerable), nameof(Enumerable.DefaultIfEmpty), [typeof(DimensionKey)], values);
        var value = Expression.Parameter(typeof(DimensionKey), "value");
        var selector = Expression.Lambda<Func<TSource, DimensionKey, TResult>>(
            Result(result, row, Expression.Property(value, nameof(DimensionKey.Id)), Expression.Property(value, nameof(DimensionKey.Text))), row, value);
        return source.SelectMany(Expression.Lambda<Func<TSource, IEnumerable<DimensionKey>>>(values, row), selector);
    }

    private static Expression Result(LambdaExpression result, Expression row, Expression id, Expression text) =>
        new ParameterReplacer(result.Parameters[2], text).Visit(
            new ParameterReplacer(result.Parameters[1], id).Visit(
                new ParameterReplacer(result.Parameters[0], row).Visit(result.Body)));

    private static Expression Binding(MemberInitExpression key, string member) =>
        key.Bindings.OfType<MemberAssignment>().FirstOrDefault(b => b.Member.Name == member)?.Expression
        ?? Expression.Constant(null, member == nameof(DimensionKey.Id) ? typeof(int?) : typeof(string));
}
