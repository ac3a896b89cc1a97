using System.Linq.Expressions;
using Dialoogtafels.Domain.Common;

namespace Dialoogtafels.Api.Data.Visibility;

/// <summary>
/// Which content the current request may see; every read path (lists, counts, references,
/// <c>node(id)</c>, nested navigation) filters through <see cref="Filter{T}"/>. Anonymous requests
/// see <see cref="PublicationStatus.Published"/> content only (issue "The dialogue API end to end", §2).
/// </summary>
public sealed class ContentVisibility
{
    /// <summary>A predicate over <typeparamref name="T"/> that PostgreSQL evaluates.</summary>
    public Expression<Func<T, bool>> Filter<T>() where T : ContentEntity =>
        entity => entity.Status == PublicationStatus.Published;

    /// <summary>A short name of the current visibility, for naming request-scoped DataLoaders.</summary>
    public string Scope => "public";
}
