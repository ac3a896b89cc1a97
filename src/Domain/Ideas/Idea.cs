using Dialoogtafels.Domain.Common;
using Dialoogtafels.Domain.Dialogues;
using Dialoogtafels.Domain.Stories;
using Dialoogtafels.Domain.Tables;
using Dialoogtafels.Domain.Themes;

namespace Dialoogtafels.Domain.Ideas;

/// <summary>A concrete idea that follows from a dialogue, optionally from a known table.</summary>
public class Idea : ContentEntity, IDialogueContribution
{
    /// <summary>Maximum length of <see cref="Title"/>, in characters.</summary>
    public const int TitleMaxLength = 300;

    /// <summary>Maximum length of <see cref="ExternalReference"/>, in characters.</summary>
    public const int ExternalReferenceMaxLength = 200;

    /// <summary>Maximum length of <see cref="Description"/>, in characters (the CMS limit; the column is unbounded text).</summary>
    public const int DescriptionMaxLength = 20_000;

    /// <summary>Smallest <see cref="SupportCount"/>: a number of supporters is never negative.</summary>
    public const int SupportCountMinimum = 0;

    /// <summary>Smallest <see cref="CostEstimate"/>, in euros: a cost is never negative.</summary>
    public const decimal CostEstimateMinimum = 0;

    /// <summary>Digits of <see cref="CostEstimate"/> in all (the column is <c>numeric(14, 2)</c>).</summary>
    public const int CostEstimatePrecision = 14;

    /// <summary>Digits of <see cref="CostEstimate"/> after the decimal point: whole cents.</summary>
    public const int CostEstimateDecimals = 2;

    /// <summary>Largest <see cref="CostEstimate"/>, in euros: what <see cref="CostEstimatePrecision"/> digits with <see cref="CostEstimateDecimals"/> decimals hold.</summary>
    public const decimal CostEstimateMaximum = 999_999_999_999.99m;

    public int DialogueId { get; set; }

    public Dialogue? Dialogue { get; set; }

    public int? TableId { get; set; }

    public Table? Table { get; set; }

    public required string Title { get; set; }

    public string? Description { get; set; }

    /// <summary>Who should act, any of <see cref="ProposedActor"/>, without repeats; empty when not said.</summary>
    public List<ProposedActor> ProposedActors { get; set; } = [];

    /// <summary>Number of supporters (votes); 0 when none were counted.</summary>
    public int SupportCount { get; set; }

    /// <summary>Estimated cost in whole or fractional euros; null when unknown.</summary>
    public decimal? CostEstimate { get; set; }

    public IdeaSource Source { get; set; }

    /// <summary>For imports: a stable reference to the source row, e.g. "pabulib:Netherlands/Amsterdam/166/12".</summary>
    public string? ExternalReference { get; set; }

    /// <summary>For participatory-budget imports: whether the project was funded; null otherwise.</summary>
    public BudgetSelection? BudgetSelection { get; set; }

    /// <summary>True when the text paraphrases a reported finding rather than quoting a participant.</summary>
    public bool IsParaphrase { get; set; }

    public List<Theme> Themes { get; set; } = [];

    /// <summary>The stories this idea answers.</summary>
    public List<Story> AnsweredStories { get; set; } = [];

    /// <summary>
    /// Rule: an idea proposed at a table belongs to that table's dialogue. See <see cref="ContentRules.TableBelongsToDialogue"/>.
    /// </summary>
    /// <param name="dialogueIdOfTable">The <see cref="Table.DialogueId"/> of the table <see cref="TableId"/> names; null when that table does not exist.</param>
    /// <returns>True when the idea names no table, or its table belongs to <see cref="DialogueId"/>.</returns>
    public bool IsAtTableOfItsDialogue(int? dialogueIdOfTable) => ContentRules.TableBelongsToDialogue(TableId, dialogueIdOfTable, DialogueId);
}
