using Dialoogtafels.Api.Data.Editing;
using Dialoogtafels.Api.Security;
using Dialoogtafels.Domain.Themes;
using Microsoft.EntityFrameworkCore;

namespace Dialoogtafels.Api.GraphQL.Themes;

/// <summary>The editable fields of a <see cref="Theme"/>; managing themes requires PUBLISHER.</summary>
public sealed class ThemeEditing : EditableFields<Theme>
{
    public ThemeEditing()
        : base(ThemeFeature.TypeName, new ContentMutationNames(
            Create: "createTheme", Update: "updateTheme", SubmitForReview: "submitForReviewTheme", Publish: "publishTheme",
            Unpublish: "unpublishTheme", Archive: "archiveTheme", Delete: "deleteTheme", Restore: "restoreTheme"), Role.Publisher)
    {
        Text(x => x.Name, Theme.NameMaxLength, required: true);
        Slug(x => x.Slug);
        Text(x => x.Description, Theme.DescriptionMaxLength);
        Reference<Theme>(x => x.ParentId, "parentId");
        Rule(x => x.ParentId, "may not be the theme itself or one of its descendants.",
            async (t, db, ct) => t.ParentId is not { } parent
                || t.MayHaveAsParent(parent, await ThemeClosure.Of(db).Where(c => c.ItemId == parent).Select(c => c.AncestorId).ToListAsync(ct)));
    }
}
