using Dialoogtafels.Domain.Common;

namespace Dialoogtafels.Domain.Dialogues;

/// <summary>A published report of a dialogue series (e.g. "Rode draden burgerdialogen").</summary>
public class Report : ContentEntity
{
    public int DialogueId { get; set; }

    public Dialogue? Dialogue { get; set; }

    public required string Title { get; set; }

    /// <summary>Publication date; null when unknown.</summary>
    public DateOnly? PublishedOn { get; set; }

    /// <summary>Absolute http(s) address of the document, when public.</summary>
    public string? Url { get; set; }

    public string? Summary { get; set; }
}
