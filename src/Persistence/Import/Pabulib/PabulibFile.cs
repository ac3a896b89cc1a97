namespace Dialoogtafels.Persistence.Import.Pabulib;

/// <summary>
/// One parsed Pabulib <c>.pb</c> file (one participatory-budget round), as returned by
/// <see cref="PabulibParser"/>. The VOTES section is read for well-formedness and counted but not kept:
/// it holds pseudonymous voter ids, which are never stored.
/// </summary>
/// <param name="FileName">File name without directory, used in error messages.</param>
/// <param name="Meta">
/// The META section: key → value, keys compared case-insensitively, values trimmed. Always holds
/// non-empty <c>country</c>, <c>unit</c> and <c>instance</c>.
/// </param>
/// <param name="MetaLineNumbers">META key → 1-based line number of its row (for error messages).</param>
/// <param name="ProjectColumns">The PROJECTS header, lower-case and trimmed, in file order.</param>
/// <param name="Projects">The PROJECTS rows in file order; project ids are unique.</param>
/// <param name="VoteCount">Number of rows in the VOTES section; 0 when the file has none.</param>
public sealed record PabulibFile(
    string FileName,
    IReadOnlyDictionary<string, string> Meta,
    IReadOnlyDictionary<string, int> MetaLineNumbers,
    IReadOnlyList<string> ProjectColumns,
    IReadOnlyList<PabulibProject> Projects,
    int VoteCount)
{
    /// <summary>The trimmed META value of <paramref name="key"/>, or null when absent or empty.</summary>
    public string? MetaValue(string key) =>
        Meta.TryGetValue(key, out var value) && value.Length > 0 ? value : null;

    /// <summary>The line of META key <paramref name="key"/>, or 1 when absent.</summary>
    public int MetaLine(string key) => MetaLineNumbers.GetValueOrDefault(key, 1);
}
