using Dialoogtafels.Api.Data.Visibility;

namespace Dialoogtafels.Api.Export;

/// <summary>
/// The visibility of an anonymous caller (<see cref="ContentVisibility"/> without a role): published
/// content only. Exports and reports are open data, so they use it whoever asks, also a CMS user with a token.
/// </summary>
internal static class PublicVisibility
{
    /// <summary>Published content only; deleted rows stay hidden by the persistence layer's query filter.</summary>
    public static ContentVisibility Instance { get; } = new(new NoHttpContext());

    /// <summary>An accessor without request, so <see cref="ContentVisibility.Role"/> is null.</summary>
    private sealed class NoHttpContext : IHttpContextAccessor
    {
        public HttpContext? HttpContext
        {
            get => null;
            set { }
        }
    }
}
