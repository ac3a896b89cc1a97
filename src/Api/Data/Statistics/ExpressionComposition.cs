using System.Linq.Expressions;
using Dialoogtafels.Api.Data.Querying;

namespace Dialoogtafels.Api.Data.Statistics;

/// <summary>Chains lambdas into one expression tree (no <c>Invoke</c>), so EF Core translates the whole.</summary>
public static class ExpressionComposition
{
    /// <summary><c>t =&gt; then(first(t))</c>.</summary>
    public static Expression<Func<T, TResult>> Into<T, TMiddle, TResult>(
        this Expression<Func<T, TMiddle>> first, Expression<Func<TMiddle, TResult>> then) =>
        Expression.Lambda<Func<T, TResult>>(ParameterReplacer.Apply(then, first.Body), first.Parameters);

    /// <summary>
    /// <paramref name="shape"/> (a member initializer <c>e =&gt; new Row { … }</c>) with the member
    /// <paramref name="member"/> bound to <paramref name="value"/> applied to the same entity.
    /// </summary>
    public static Expression<Func<T, TRow>> Binding<T, TRow, TValue>(
        this Expression<Func<T, TRow>> shape, string member, Expression<Func<T, TValue>> value)
    {
        var entity = shape.Parameters[0];
        var body = (MemberInitExpression)shape.Body;
        var bindings = body.Bindings.Cast<MemberAssignment>()
            .Select(b => b.Member.Name == member ? Expression.Bind(b.Member, ParameterReplacer.Apply(value, entity)) : b);
        return Expression.Lambda<Func<T, TRow>>(Expression.MemberInit(body.NewExpression, bindings), entity);
    }
}
