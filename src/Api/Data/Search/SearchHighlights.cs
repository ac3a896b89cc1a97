using System.Runtime.CompilerServices;

namespace Dialoogtafels.Api.Data.Search;

/// <summary>
/// The highlight of each entity instance read by a search, for the <c>searchHighlight</c> field.
/// Keyed by instance (every query materializes new, untracked instances), held weakly.
/// </summary>
public static class SearchHighlights
{
    /// <summary>The node field that shows the highlight; list queries read it only when it is selected.</summary>
    public const string FieldName = "searchHighlight";

    private static readonly ConditionalWeakTable<object, string> Highlights = [];

    /// <summary>Remembers the highlight of <paramref name="entity"/>.</summary>
    public static void Set(object entity, string highlight) => Highlights.AddOrUpdate(entity, highlight);

    /// <summary>The highlight of <paramref name="entity"/>, or null when it was not read by a search.</summary>
    public static string? Get(object entity) => Highlights.TryGetValue(entity, out var highlight) ? highlight : null;
}
