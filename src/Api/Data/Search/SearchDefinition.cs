using System.Linq.Expressions;
using Dialoogtafels.Domain.Common;

namespace Dialoogtafels.Api.Data.Search;

/// <summary>
/// Makes an entity searchable: its list fields get a <c>search: String</c> argument over the
/// entity's <c>search_vector</c> column (text-search configuration <c>dutch</c>) and its type a
/// <c>searchHighlight</c> field. A feature declares one per searchable entity
/// (<see cref="Catalog.EntityDescriptor{T}.Search"/>), naming the text that highlights are cut from:
/// the same text the search vector is made of.
/// </summary>
/// <typeparam name="T">The searchable entity.</typeparam>
/// <param name="document">The searched text, e.g. <c>idea =&gt; idea.Title + " " + idea.Description</c>.</param>
public sealed class SearchDefinition<T>(Expression<Func<T, string>> document) where T : class, IEntity
{
    /// <summary>The searched text.</summary>
    public Expression<Func<T, string>> Document { get; } = document;
}
