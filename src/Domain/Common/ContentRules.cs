namespace Dialoogtafels.Domain.Common;

/// <summary>
/// Invariants of content that span several fields, as pure functions of plain values (no database,
/// no framework). The entities expose them as methods (e.g. <c>Dialogue.PeriodIsInOrder</c>,
/// <c>Idea.IsAtTableOfItsDialogue</c>) and the CMS refuses an edit whose content would break one.
/// Limits of single fields are constants on the entities (e.g. <c>Idea.DescriptionMaxLength</c>).
/// </summary>
public static class ContentRules
{
    /// <summary>
    /// Rule: a period may not end before it starts. A period with an unknown start or end (null)
    /// is in order; a period of one day (start equal to end) is too.
    /// </summary>
    /// <param name="start">First day of the period (inclusive), or null when unknown.</param>
    /// <param name="end">Last day of the period (inclusive), or null when unknown.</param>
    /// <returns>False only when both days are known and <paramref name="end"/> is before <paramref name="start"/>.</returns>
    /// <remarks>Source: the CMS rule on <c>Dialogue.periodEnd</c> ("may not be before periodStart").</remarks>
    public static bool PeriodIsInOrder(DateOnly? start, DateOnly? end) =>
        start is null || end is null || start <= end;

    /// <summary>
    /// Rule: an item told or proposed at a table belongs to that table's dialogue — a story or an
    /// idea with a table has the table's dialogue as its own dialogue.
    /// </summary>
    /// <param name="tableId">The item's table key, or null when the item names no table (always in order).</param>
    /// <param name="dialogueIdOfTable">
    /// The dialogue key of the table <paramref name="tableId"/> names, or null when no such table exists
    /// (a missing or deleted table is never a table of the dialogue).
    /// </param>
    /// <param name="dialogueId">The item's own dialogue key.</param>
    /// <returns>True when the item has no table, or its table exists and belongs to <paramref name="dialogueId"/>.</returns>
    /// <remarks>
    /// Source: the programme's model (a table is one conversation within a dialogue series) and the CMS
    /// rule on <c>Idea.tableId</c> and <c>Story.tableId</c> ("must be a table of the dialogue").
    /// </remarks>
    public static bool TableBelongsToDialogue(int? tableId, int? dialogueIdOfTable, int dialogueId) =>
        tableId is null || dialogueIdOfTable == dialogueId;
}
