using System.Text;
using System.Text.Json;

namespace Dialoogtafels.Api.Data.Paging;

/// <summary>
/// Opaque keyset cursors: base64 of the JSON array <c>[signature, key1, key2, …, id]</c>, where the
/// signature names the sort order the cursor belongs to. A cursor that does not decode, belongs to
/// another order or holds values of the wrong type is rejected with
/// <see cref="PagingErrors.InvalidCursor"/>, never turned into a wrong page.
/// </summary>
public static class Cursor
{
    /// <summary>The cursor of a row of the order named <paramref name="signature"/> with sort key values <paramref name="keys"/>.</summary>
    public static string Encode(string signature, IReadOnlyList<object?> keys) =>
        Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes<object?[]>([signature, .. keys]));

    /// <summary>
    /// The key values in <paramref name="cursor"/>, converted to <paramref name="types"/>; throws an
    /// <c>ExecutionError</c> (<see cref="PagingErrors.InvalidCursor"/>) when the cursor is invalid or of another order.
    /// </summary>
    public static object?[] Decode(string cursor, string signature, IReadOnlyList<Type> types)
    {
        try
        {
            if (cursor.Length <= 4096)
            {
                using var json = JsonDocument.Parse(Convert.FromBase64String(cursor));
                var items = json.RootElement.EnumerateArray().ToArray();
                if (items.Length == types.Count + 1 && items[0].ValueKind == JsonValueKind.String && items[0].GetString() == signature)
                    return types.Select((type, i) => items[i + 1].Deserialize(type)).ToArray();
            }
        }
        catch (Exception e) when (e is FormatException or JsonException or InvalidOperationException or NotSupportedException)
        {
            // falls through to the error below
        }

        throw PagingErrors.Create(PagingErrors.InvalidCursor,
            $"The cursor '{(cursor.Length <= 40 ? cursor : cursor[..40] + "…")}' is not valid for this field and order.");
    }
}
