using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Dialoogtafels.Api.Data.Paging;

/// <summary>
/// Opaque keyset cursors: base64 of <c>"k1:{key}"</c>, where <c>k1</c> names the sort order the
/// cursor belongs to (ascending key). A cursor that does not decode to that form is rejected with
/// <see cref="PagingErrors.InvalidCursor"/>, never turned into a wrong page.
/// </summary>
public static class Cursor
{
    private const string Prefix = "k1:";

    /// <summary>The cursor of the item with key <paramref name="key"/>.</summary>
    public static string Encode(int key) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + key.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The key in <paramref name="cursor"/>; throws an <c>ExecutionError</c> (<see cref="PagingErrors.InvalidCursor"/>) when invalid.</summary>
    public static int Decode(string cursor)
    {
        var bytes = new byte[Base64.GetMaxDecodedFromUtf8Length(cursor.Length)];
        if (cursor.Length <= 64
            && Convert.TryFromBase64String(cursor, bytes, out var written)
            && Encoding.UTF8.GetString(bytes, 0, written) is var text
            && text.StartsWith(Prefix, StringComparison.Ordinal)
            && int.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var key))
        {
            return key;
        }

        throw PagingErrors.Create(PagingErrors.InvalidCursor, $"The cursor '{Truncate(cursor)}' is not valid for this field.");
    }

    private static string Truncate(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
