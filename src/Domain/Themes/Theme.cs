using Dialoogtafels.Domain.Common;
using Dialoogtafels.Domain.Ideas;
using Dialoogtafels.Domain.Stories;
using Dialoogtafels.Domain.Tables;

namespace Dialoogtafels.Domain.Themes;

/// <summary>
/// A theme in the hierarchy: the six synthesis themes of the final report on top, the themes of the
/// dialogue series and imported categories below them.
/// </summary>
public class Theme : ContentEntity
{
    /// <summary>Maximum length of <see cref="Name"/>, in characters.</summary>
    public const int NameMaxLength = 150;

    /// <summary>Maximum length of <see cref="Description"/>, in characters (the CMS limit; the column is unbounded text).</summary>
    public const int DescriptionMaxLength = 5_000;

    public required string Name { get; set; }

    public required string Slug { get; set; }

    public string? Description { get; set; }

    public int? ParentId { get; set; }

    public Theme? Parent { get; set; }

    public List<Theme> Children { get; set; } = [];

    public List<Story> Stories { get; set; } = [];

    public List<Idea> Ideas { get; set; } = [];

    public List<Table> Tables { get; set; } = [];

    /// <summary>
    /// Rule: a published theme merges only into a published theme — merging moves its links (stories,
    /// ideas, tables, dialogues) to <paramref name="target"/>, and under a theme the public cannot see
    /// they would disappear from public view. A theme that is not published merges into any theme.
    /// </summary>
    /// <param name="target">The theme this one would be merged into.</param>
    /// <returns>False when this theme is <see cref="PublicationStatus.Published"/> and <paramref name="target"/> is not.</returns>
    /// <remarks>Source: the CMS rule of <c>mergeThemes</c> (publish the target first).</remarks>
    public bool MayMergeInto(Theme target) =>
        Status != PublicationStatus.Published || target.Status == PublicationStatus.Published;

    /// <summary>Whether the theme <paramref name="parentId"/> may be this theme's parent: the hierarchy stays a tree.</summary>
    /// <param name="parentId">The proposed parent; null for a top theme.</param>
    /// <param name="parentAndItsAncestors">The proposed parent and every theme above it.</param>
    /// <returns>False when the parent is this theme or one of its descendants (this theme is above the parent), which would make a cycle.</returns>
    /// <remarks>Source: the theme hierarchy is a tree (programme-2021.md: synthesis themes on top, series themes below).</remarks>
    public bool MayHaveAsParent(int? parentId, IEnumerable<int> parentAndItsAncestors) =>
        parentId is null || Id == 0 || (parentId != Id && !parentAndItsAncestors.Contains(Id));
}
