using Dialoogtafels.Domain.Common;

namespace Dialoogtafels.Domain.Themes;

/// <summary>
/// Another name of a theme: a merged theme's name and slug, or a raw category label of an import
/// ("Meer groen", "Groen en Duurzaamheid") that maps onto a theme of the taxonomy. Editors can change the mapping.
/// </summary>
public class ThemeAlias : IEntity
{
    public int Id { get; set; }

    public int ThemeId { get; set; }

    public Theme? Theme { get; set; }

    /// <summary>The alias as written; unique regardless of case.</summary>
    public required string Label { get; set; }
}
