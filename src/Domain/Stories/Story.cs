using Dialoogtafels.Domain.Common;
using Dialoogtafels.Domain.Dialogues;
using Dialoogtafels.Domain.Ideas;
using Dialoogtafels.Domain.Tables;
using Dialoogtafels.Domain.Themes;

namespace Dialoogtafels.Domain.Stories;

/// <summary>A concern or opportunity story told in a dialogue, optionally at a known table.</summary>
public class Story : ContentEntity, IDialogueContribution
{
    /// <summary>Maximum length of <see cref="Title"/>, in characters.</summary>
    public const int TitleMaxLength = 300;

    /// <summary>Maximum length of <see cref="Body"/>, in characters (the CMS limit; the column is unbounded text).</summary>
    public const int BodyMaxLength = 20_000;

    public int DialogueId { get; set; }

    public Dialogue? Dialogue { get; set; }

    public int? TableId { get; set; }

    public Table? Table { get; set; }

    public StoryKind Kind { get; set; }

    public required string Title { get; set; }

    public string? Body { get; set; }

    /// <summary>True when the text paraphrases a reported finding rather than quoting a participant.</summary>
    public bool IsParaphrase { get; set; }

    public List<Theme> Themes { get; set; } = [];

    /// <summary>Ideas that answer this story.</summary>
    public List<Idea> Ideas { get; set; } = [];

    /// <summary>
    /// Rule: a story told at a table belongs to that table's dialogue. See <see cref="ContentRules.TableBelongsToDialogue"/>.
    /// </summary>
    /// <param name="dialogueIdOfTable">The <see cref="Table.DialogueId"/> of the table <see cref="TableId"/> names; null when that table does not exist.</param>
    /// <returns>True when the story names no table, or its table belongs to <see cref="DialogueId"/>.</returns>
    public bool IsAtTableOfItsDialogue(int? dialogueIdOfTable) => ContentRules.TableBelongsToDialogue(TableId, dialogueIdOfTable, DialogueId);
}
