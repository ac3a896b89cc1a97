using Dialoogtafels.Api.Data.Visibility;
using Microsoft.EntityFrameworkCore;

namespace Dialoogtafels.Api.GraphQL.Themes;

/// <summary>
/// The transitive closure of the theme hierarchy as a composable query: one <see cref="HierarchyLink"/>
/// per theme and each of its ancestors, the theme itself included (depth 0). Read from the SQL function
/// <c>theme_ancestors()</c> (migration <c>Initial</c>, a recursive CTE over <c>themes.parent_id</c>), so
/// the roll-up of any depth stays inside one statement. Declared as the themes'
/// <see cref="Data.Catalog.EntityDescriptor.Ancestors"/>; what a caller may follow of it is
/// <see cref="ContentVisibility.Links{T}"/>.
/// </summary>
public static class ThemeClosure
{
    /// <summary>The closure, to join in LINQ (EF Core embeds it as a subquery); every stored link, visible or not.</summary>
    public static IQueryable<HierarchyLink> Of(DbContext db) =>
        db.Database.SqlQuery<HierarchyLink>($"SELECT theme_id AS item_id, ancestor_id, depth FROM theme_ancestors()");
}
