namespace Dialoogtafels.Persistence.Import.Pabulib;

/// <summary>One row of the PROJECTS section of a Pabulib file, with the columns the import uses typed.</summary>
/// <param name="LineNumber">1-based line the row starts on.</param>
/// <param name="Id">The <c>project_id</c> column, trimmed; unique within the file, never empty.</param>
/// <param name="Cost">The <c>cost</c> column: a non-negative amount in the file's currency (META <c>currency</c>), parsed culture-invariantly ("1500" or "1500.50").</param>
/// <param name="Votes">The <c>votes</c> column: number of voters who supported the project; null when the file has no such column or the field is empty.</param>
/// <param name="Name">The <c>name</c> column, trimmed; may be empty.</param>
/// <param name="Selected">The <c>selected</c> column: 0 (not funded), 1 (funded), 2 (funded partially or with extra funds); null when absent or empty.</param>
/// <param name="Fields">All columns of the row by lower-case header name (unquoted values trimmed), including the typed ones as text.</param>
public sealed record PabulibProject(
    int LineNumber,
    string Id,
    decimal Cost,
    int? Votes,
    string Name,
    int? Selected,
    IReadOnlyDictionary<string, string> Fields)
{
    /// <summary>The trimmed value of <paramref name="column"/>, or null when the file has no such column or the field is empty.</summary>
    public string? Field(string column) =>
        Fields.TryGetValue(column, out var value) && value.Trim() is { Length: > 0 } trimmed ? trimmed : null;
}
