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
}
