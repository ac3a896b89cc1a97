using System.Globalization;
using System.Text;

namespace Dialoogtafels.Api.Data;

/// <summary>
/// Relay global object ids (GraphQL Global Object Identification Specification): base64 of
/// <c>"{TypeName}:{key}"</c>, the format HotChocolate 14 uses, e.g. <c>SWRlYToxMjM=</c> = <c>Idea:123</c>.
/// Stable across releases: type names and keys never change.
/// </summary>
public static class GlobalId
{
    /// <summary>The global id of the <paramref name="typeName"/> with key <paramref name="key"/>.</summary>
    public static string Encode(string typeName, int key) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{typeName}:{key.ToString(CultureInfo.InvariantCulture)}"));

    /// <summary>Decodes <paramref name="id"/>; false for anything that is not a global id of this API.</summary>
    public static bool TryDecode(string id, out string typeName, out int key)
    {
        typeName = "";
        key = 0;
        if (id.Length > 200) return false;
        var buffer = new byte[id.Length];
        if (!Convert.TryFromBase64String(id, buffer, out var written)) return false;
        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(buffer, 0, written);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        var colon = text.IndexOf(':');
        if (colon <= 0) return false;
        typeName = text[..colon];
        // Only the canonical form: "Idea:01" or a re-padded base64 string are not the id of anything.
        return int.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out key)
            && Encode(typeName, key) == id;
    }
}
