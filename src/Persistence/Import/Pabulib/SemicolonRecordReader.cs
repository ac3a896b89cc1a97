using System.Text;

namespace Dialoogtafels.Persistence.Import.Pabulib;

/// <summary>One record of a semicolon-separated section: its fields and the line it starts on.</summary>
/// <param name="LineNumber">1-based line the record starts on.</param>
/// <param name="Fields">The fields: unquoted ones trimmed, quoted ones verbatim (doubled quotes undone).</param>
internal readonly record struct SemicolonRecord(int LineNumber, string[] Fields)
{
    /// <summary>True for an empty or whitespace-only line.</summary>
    public bool IsBlank => Fields.Length == 1 && Fields[0].Length == 0;
}

/// <summary>
/// Reads records one at a time from a text stream: fields separated by <c>;</c>, quoted per RFC 4180
/// as the Pabulib format page prescribes (https://pabulib.org/format: a field holding <c>;</c> or
/// <c>"</c> is enclosed in double quotes, a quote inside is doubled). A quoted field may span lines
/// (the line break is kept as <c>\n</c>). Leniencies: whitespace around an unquoted field and around a
/// quoted one is ignored (the format page writes <c>key; value</c>), and a quote inside an unquoted
/// field is taken literally. Lines end with LF, CRLF or CR; a leading byte-order mark is skipped.
/// </summary>
internal sealed class SemicolonRecordReader(TextReader reader, string fileName)
{
    private readonly StringBuilder field = new();
    private readonly List<string> fields = [];
    private int lineNumber;

    /// <summary>Number of lines read so far (the last line's number).</summary>
    public int LineNumber => lineNumber;

    /// <summary>The next record, or null at the end of the input.</summary>
    /// <exception cref="PabulibFormatException">A quoted field is not closed before the end of the input, or text follows a closing quote.</exception>
    public async ValueTask<SemicolonRecord?> ReadAsync(CancellationToken cancellationToken)
    {
        var line = await NextLineAsync(cancellationToken);
        if (line is null) return null;
        var start = lineNumber;
        if (!line.Contains('"')) return new SemicolonRecord(start, SplitSimple(line));

        fields.Clear();
        field.Clear();
        var state = State.FieldStart;
        var quoteLine = start;
        while (true)
        {
            for (var i = 0; i < line.Length; i++)
            {
                var c = line[i];
                switch (state)
                {
                    case State.FieldStart when c is ' ' or '\t':
                        break;
                    case State.FieldStart when c == '"':
                        state = State.Quoted;
                        quoteLine = lineNumber;
                        break;
                    case State.FieldStart when c == ';':
                        fields.Add("");
                        break;
                    case State.FieldStart:
                        field.Append(c);
                        state = State.Unquoted;
                        break;
                    case State.Unquoted when c == ';':
                        EndField(trim: true);
                        state = State.FieldStart;
                        break;
                    case State.Unquoted:
                        field.Append(c);
                        break;
                    case State.Quoted when c == '"' && i + 1 < line.Length && line[i + 1] == '"':
                        field.Append('"');
                        i++;
                        break;
                    case State.Quoted when c == '"':
                        state = State.AfterQuote;
                        break;
                    case State.Quoted:
                        field.Append(c);
                        break;
                    case State.AfterQuote when c == ';':
                        EndField(trim: false);
                        state = State.FieldStart;
                        break;
                    case State.AfterQuote when c is ' ' or '\t':
                        break;
                    case State.AfterQuote:
                        throw new PabulibFormatException(fileName, lineNumber,
                            $"unexpected text '{Excerpt(line, i)}' after a closing quote (a quote inside a quoted field must be doubled)");
                }
            }

            if (state != State.Quoted) break;
            field.Append('\n');
            line = await NextLineAsync(cancellationToken)
                ?? throw new PabulibFormatException(fileName, quoteLine, "unterminated quote: the quoted field is not closed before the end of the file");
        }

        EndField(trim: state == State.Unquoted);
        return new SemicolonRecord(start, [.. fields]);
    }

    private async ValueTask<string?> NextLineAsync(CancellationToken cancellationToken)
    {
        var line = await reader.ReadLineAsync(cancellationToken);
        if (line is null) return null;
        lineNumber++;
        return lineNumber == 1 && line.StartsWith('\uFEFF') ? line[1..] : line;
    }

    private void EndField(bool trim)
    {
        fields.Add(trim ? field.ToString().Trim() : field.ToString());
        field.Clear();
    }

    private static string[] SplitSimple(string line)
    {
        var parts = line.Split(';');
        for (var i = 0; i < parts.Length; i++) parts[i] = parts[i].Trim();
        return parts;
    }

    private static string Excerpt(string line, int from) =>
        line.Length - from <= 20 ? line[from..] : line.Substring(from, 20) + "…";

    private enum State
    {
        FieldStart,
        Unquoted,
        Quoted,
        AfterQuote,
    }
}
