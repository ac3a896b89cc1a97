using Dialoogtafels.Domain.Common;
using Dialoogtafels.Domain.Ideas;
using Dialoogtafels.Domain.Stories;
using Dialoogtafels.Domain.Tables;
using Dialoogtafels.Domain.Themes;

namespace Dialoogtafels.Domain.Dialogues;

/// <summary>A series of dialogue tables under one strand and phase.</summary>
public class Dialogue : ContentEntity
{
    /// <summary>Maximum length of <see cref="Title"/>, in characters.</summary>
    public const int TitleMaxLength = 200;

    /// <summary>Maximum length of <see cref="Description"/>, in characters (the CMS limit; the column is unbounded text).</summary>
    public const int DescriptionMaxLength = 20_000;

    /// <summary>Maximum length of <see cref="Organiser"/>, in characters (also the column length).</summary>
    public const int OrganiserMaxLength = 200;

    public required string Title { get; set; }

    /// <summary>URL-safe unique name, see <see cref="Slugs"/>.</summary>
    public required string Slug { get; set; }

    public string? Description { get; set; }

    public DialogueTrack Track { get; set; }

    public DialoguePhase Phase { get; set; }

    /// <summary>First day of the series; null when unknown.</summary>
    public DateOnly? PeriodStart { get; set; }

    /// <summary>Last day of the series; null when unknown.</summary>
    public DateOnly? PeriodEnd { get; set; }

    /// <summary>The organisation that ran the series (a public body, never a private person).</summary>
    public string? Organiser { get; set; }

    /// <summary>The theme of a theme series; null for exploratory series.</summary>
    public int? ThemeId { get; set; }

    public Theme? Theme { get; set; }

    public List<Report> Reports { get; set; } = [];

    public List<Table> Tables { get; set; } = [];

    public List<Story> Stories { get; set; } = [];

    public List<Idea> Ideas { get; set; } = [];

    /// <summary>
    /// Rule: the series may not end before it starts (<see cref="PeriodEnd"/> not before
    /// <see cref="PeriodStart"/>); an unknown start or end is in order. See <see cref="ContentRules.PeriodIsInOrder"/>.
    /// </summary>
    /// <returns>False only when both days are known and the end is before the start.</returns>
    public bool PeriodIsInOrder() => ContentRules.PeriodIsInOrder(PeriodStart, PeriodEnd);
}
