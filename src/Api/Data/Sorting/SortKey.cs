using System.Linq.Expressions;

namespace Dialoogtafels.Api.Data.Sorting;

/// <summary>
/// One key of an ordering: a selector over the entity whose value PostgreSQL sorts and compares,
/// and its direction. Selectors never yield NULL (see <see cref="SortOrder{T}"/>), so the same
/// expression serves <c>ORDER BY</c> and the keyset comparison.
/// </summary>
/// <param name="Path">Stable name of the key, e.g. <c>dialogue.title</c>; part of the order's signature.</param>
/// <param name="Selector">The key over the entity, e.g. <c>e => e.Dialogue.Title.ToLower() ?? ""</c>.</param>
/// <param name="Descending">True for <c>DESC</c>.</param>
public sealed record SortKey(string Path, LambdaExpression Selector, bool Descending)
{
    /// <summary>The CLR type of the key's values.</summary>
    public Type Type => Selector.ReturnType;
}
