using Dialoogtafels.Domain.Common;

namespace Dialoogtafels.Domain.Dialogues;

/// <summary>A published report of a dialogue series (e.g. "Rode draden burgerdialogen").</summary>
public class Report : ContentEntity
{
    /// <summary>Maximum length of <see cref="Title"/>, in characters (also the column length).</summary>
    public const int TitleMaxLength = 300;

    /// <summary>Maximum length of <see cref="Url"/>, in characters (also the column length).</summary>
    public const int UrlMaxLength = 2000;

    /// <summary>Maximum length of <see cref="Summary"/>, in characters (the CMS limit; the column is unbounded text).</summary>
    public const int SummaryMaxLength = 20_000;

    public int DialogueId { get; set; }

    public Dialogue? Dialogue { get; set; }

    public required string Title { get; set; }

    /// <summary>Publication date; null when unknown.</summary>
    public DateOnly? PublishedOn { get; set; }

    /// <summary>Absolute http(s) address of the document, when public.</summary>
    public string? Url { get; set; }

    public string? Summary { get; set; }
}
