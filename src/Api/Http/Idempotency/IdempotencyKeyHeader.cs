using Dialoogtafels.Domain.Cms;

namespace Dialoogtafels.Api.Http.Idempotency;

/// <summary>
/// Reads the <c>Idempotency-Key</c> request header. The draft (draft-ietf-httpapi-idempotency-key-header,
/// "The Idempotency-Key HTTP Request Header Field") makes it a Structured Field String (RFC 8941, section 3.3.3):
/// <c>Idempotency-Key: "8e03978e-40d5-43e8-bc93-6894a57f9324"</c>, printable ASCII in double quotes with <c>\"</c>
/// and <c>\\</c> escaped. The unquoted form many clients send (Stripe's) is read too, as visible ASCII without
/// spaces. The key (without quotes) has 1 to <see cref="IdempotencyRecord.KeyMaxLength"/> characters.
/// </summary>
internal static class IdempotencyKeyHeader
{
    /// <summary>The header's name.</summary>
    public const string Name = "Idempotency-Key";

    /// <summary>The code of a malformed header (400).</summary>
    public const string InvalidCode = "IDEMPOTENCY_KEY_INVALID";

    /// <summary>
    /// The key of <paramref name="request"/>: null without the header; a refusal (400 <see cref="InvalidCode"/>)
    /// when it occurs more than once or its value is not a key.
    /// </summary>
    public static string? Read(HttpRequest request, out HttpRequestError? error)
    {
        error = null;
        var values = request.Headers[Name];
        if (values.Count == 0) return null;
        var key = values.Count == 1 ? Parse(values[0].AsSpan().Trim(" \t")) : null;
        if (key is { Length: > 0 and <= IdempotencyRecord.KeyMaxLength }) return key;
        error = new HttpRequestError(StatusCodes.Status400BadRequest,
            $"The {Name} header must be one string of 1 to {IdempotencyRecord.KeyMaxLength} printable ASCII characters, " +
            "preferably quoted as a structured-field string, e.g. \"8e03978e-40d5-43e8-bc93-6894a57f9324\" (a UUID).",
            InvalidCode);
        return null;
    }

    private static string? Parse(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty) return null;
        if (value[0] != '"')
        {
            foreach (var c in value) if (c is < '!' or > '~') return null;
            return value.ToString();
        }

        var key = new System.Text.StringBuilder(value.Length);
        for (var i = 1; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '"') return i == value.Length - 1 ? key.ToString() : null;
            if (c == '\\')
            {
                if (++i == value.Length || value[i] is not ('"' or '\\')) return null;
                c = value[i];
            }
            else if (c is < ' ' or > '~')
            {
                return null;
            }

            key.Append(c);
        }

        return null; // no closing quote
    }
}
