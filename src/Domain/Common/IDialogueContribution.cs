using Dialoogtafels.Domain.Themes;

namespace Dialoogtafels.Domain.Common;

/// <summary>
/// What ideas and stories share: they were contributed in a dialogue series, at a table of that
/// series when it is known, and are tagged with themes. Statistics, similarity and exports count
/// and describe both through it.
/// </summary>
public interface IDialogueContribution : IThemed
{
    /// <summary>The title, in Dutch.</summary>
    string Title { get; }

    /// <summary>The dialogue series the item came from (required).</summary>
    int DialogueId { get; }

    /// <summary>The table of that series, when known; it belongs to the same dialogue.</summary>
    int? TableId { get; }

    /// <summary>True when the text paraphrases a reported finding rather than quoting a participant.</summary>
    bool IsParaphrase { get; }
}
