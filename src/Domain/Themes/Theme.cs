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

    public required string Name { get; set; }

    public required string Slug { get; set; }

    public string? Description { get; set; }

    public int? ParentId { get; set; }

    public Theme? Parent { get; set; }

    public List<Theme> Children { get; set; } = [];

    public List<Story> Stories { get; set; } = [];

    public List<Idea> Ideas { get; set; } = [];

    public List<Table> Tables { get; set; } = [];
}
