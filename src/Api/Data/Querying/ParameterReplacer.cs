using System.Linq.Expressions;

namespace Dialoogtafels.Api.Data.Querying;

/// <summary>Inlines a lambda's body with its parameter replaced, so EF Core sees one expression tree (no Invoke).</summary>
internal sealed class ParameterReplacer(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
{
    protected override Expression VisitParameter(ParameterExpression node) =>
        node == parameter ? replacement : base.VisitParameter(node);

    /// <summary>The body of <paramref name="lambda"/> applied to <paramref name="argument"/>.</summary>
    public static Expression Apply(LambdaExpression lambda, Expression argument) =>
        new ParameterReplacer(lambda.Parameters[0], argument).Visit(lambda.Body);
}
