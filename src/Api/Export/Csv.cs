using System.Buffers;

namespace Dialoogtafels.Api.Export;

/// <summary>
/// CSV records as RFC 4180 ("Common Format and MIME Type for CSV Files") defines them: fields
/// separated by commas, each record ended by CRLF, and a field that holds a comma, a double quote, CR or
/// LF enclosed in double quotes with every double quote doubled (§2.5–2.7). Fields with a semicolon are
/// quoted too, so spreadsheet programs that split on semicolons (the Dutch default) keep them whole.
/// </summary>
internal static class Csv
{
    private static readonly SearchValues<char> NeedsQuotes = SearchValues.Create(",;\"\r\n");

    /// <summary>
    /// The first characters with which a spreadsheet program reads a cell as a formula (OWASP, "CSV Injection":
    /// equals, plus, minus, at, tab, carriage return).
    /// </summary>
    private static readonly SearchValues<char> FormulaStart = SearchValues.Create("=+-@\t\r");

    /// <summary>One record: <paramref name="fields"/> separated by commas, then CRLF; null is an empty field.</summary>
    public static string Record(IEnumerable<string?> fields) => string.Join(',', fields.Select(f => Field(f ?? ""))) + "\r\n";

    /// <summary><paramref name="value"/> as a field: enclosed in double quotes, its quotes doubled, when it needs them.</summary>
    public static string Field(string value) =>
        value.AsSpan().IndexOfAny(NeedsQuotes) < 0 && !value.StartsWith('\'')
            ? value
            : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>
    /// Text that a spreadsheet shows as text: when <paramref name="text"/> starts with a character of
    /// <see cref="FormulaStart"/>, a single quote in front (<c>=SOM(A1)</c> → <c>'=SOM(A1)</c>), which
    /// <see cref="Field"/> then encloses in double quotes, as OWASP's "CSV Injection" page recommends. For
    /// text only: numbers, booleans and times are written by the export itself.
    /// </summary>
    public static string Inert(string text) => text.Length > 0 && FormulaStart.Contains(text[0]) ? "'" + text : text;
}
