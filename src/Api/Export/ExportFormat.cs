using System.Buffers;
using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Dialoogtafels.Api.Export;

/// <summary>
/// A file format of the exports, written row by row into a <see cref="IBufferWriter{T}"/> (the response
/// body): <see cref="Csv"/> (RFC 4180, UTF-8 without byte-order mark, a header row, lists joined with
/// <c>|</c> — a <c>|</c> inside a list item is not escaped, JSON Lines keeps lists exact; a text field that
/// starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or CR gets a <c>'</c> in front and double quotes
/// around it, against formula injection, see <see cref="Export.Csv.Inert"/>) or
/// <see cref="JsonLines"/> (one JSON object per line, LF-terminated, lists as arrays; text exactly as stored).
/// Values: text as is, numbers in invariant culture (<c>1234.50</c>), booleans <c>true</c>/<c>false</c>,
/// times ISO 8601 in UTC (<c>2021-07-12T09:00:00Z</c>), null as an empty CSV field or JSON <c>null</c>.
/// </summary>
internal abstract class ExportFormat
{
    /// <summary>RFC 4180 CSV with a header row: <c>text/csv; charset=utf-8; header=present</c>.</summary>
    public static ExportFormat Csv { get; } = new CsvFormat();

    /// <summary>JSON Lines: <c>application/x-ndjson</c>.</summary>
    public static ExportFormat JsonLines { get; } = new JsonLinesFormat();

    /// <summary>The file extension, e.g. <c>csv</c>.</summary>
    public abstract string Extension { get; }

    /// <summary>The <c>Content-Type</c> of the response.</summary>
    public abstract string ContentType { get; }

    /// <summary>Writes what comes before the first row (the CSV header).</summary>
    public abstract void WriteStart(IBufferWriter<byte> output, IReadOnlyList<string> names);

    /// <summary>Writes one row: the values of the columns <paramref name="names"/>, in order.</summary>
    public abstract void WriteRow(IBufferWriter<byte> output, IReadOnlyList<string> names, IReadOnlyList<object?> values);

    /// <summary>A time as exported: ISO 8601 in UTC, fractional seconds only when there are any.</summary>
    protected static string Time(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    private sealed class CsvFormat : ExportFormat
    {
        /// <summary>Separates the items of a list value in one field.</summary>
        private const string ListSeparator = "|";

        public override string Extension => "csv";

        public override string ContentType => "text/csv; charset=utf-8; header=present";

        public override void WriteStart(IBufferWriter<byte> output, IReadOnlyList<string> names) =>
            Encoding.UTF8.GetBytes(Export.Csv.Record(names), output);

        public override void WriteRow(IBufferWriter<byte> output, IReadOnlyList<string> names, IReadOnlyList<object?> values) =>
            Encoding.UTF8.GetBytes(Export.Csv.Record(values.Select(v => v is string or IEnumerable ? Export.Csv.Inert(Text(v)!) : Text(v))), output);

        private static string? Text(object? value) => value switch
        {
            null => null,
            string text => text,
            bool flag => flag ? "true" : "false",
            DateTimeOffset time => Time(time),
            IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
            IEnumerable items => string.Join(ListSeparator, items.Cast<object?>().Select(Text)),
            _ => value.ToString(),
        };
    }

    private sealed class JsonLinesFormat : ExportFormat
    {
        private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        public override string Extension => "jsonl";

        public override string ContentType => "application/x-ndjson";

        public override void WriteStart(IBufferWriter<byte> output, IReadOnlyList<string> names)
        {
        }

        public override void WriteRow(IBufferWriter<byte> output, IReadOnlyList<string> names, IReadOnlyList<object?> values)
        {
            using (var json = new Utf8JsonWriter(output, Options))
            {
                json.WriteStartObject();
                for (var i = 0; i < names.Count; i++)
                {
                    json.WritePropertyName(names[i]);
                    Write(json, values[i]);
                }

                json.WriteEndObject();
            }

            output.Write("\n"u8);
        }

        private static void Write(Utf8JsonWriter json, object? value)
        {
            switch (value)
            {
                case null: json.WriteNullValue(); break;
                case string text: json.WriteStringValue(text); break;
                case bool flag: json.WriteBooleanValue(flag); break;
                case int number: json.WriteNumberValue(number); break;
                case decimal number: json.WriteNumberValue(number); break;
                case DateTimeOffset time: json.WriteStringValue(Time(time)); break;
                case IEnumerable items:
                    json.WriteStartArray();
                    foreach (var item in items) Write(json, item);
                    json.WriteEndArray();
                    break;
                default: json.WriteStringValue(value.ToString()); break;
            }
        }
    }
}
