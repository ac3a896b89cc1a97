using Dialoogtafels.Domain.Common;
using Dialoogtafels.Domain.Themes;
using Dialoogtafels.Persistence.Import.Pabulib;
using Dialoogtafels.Testing;
using Microsoft.EntityFrameworkCore;

namespace Dialoogtafels.Persistence.Tests.Import;

/// <summary>Theme aliases map raw import categories onto a theme of the taxonomy.</summary>
public class PabulibAliasTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task A_category_with_an_alias_lands_on_the_aliased_theme()
    {
        await using (var db = database.CreateContext())
        {
            var poverty = new Theme { Name = "Bestaanszekerheid", Slug = "bestaanszekerheid", Status = PublicationStatus.Published };
            db.Add(poverty);
            db.Add(new ThemeAlias { Theme = poverty, Label = "armoede" });
            await db.SaveChangesAsync();
        }

        await new PabulibImporter(new TestContextFactory(database)).ImportFileAsync(Path.Combine(SharedData.PabulibFolder, "Netherlands_Amsterdam_166.pb"));

        await using var read = database.CreateContext();
        var onAlias = await read.Ideas.Where(i => i.Themes.Any(t => t.Slug == "bestaanszekerheid")).CountAsync();
        Assert.True(onAlias > 0);
        Assert.False(await read.Themes.AnyAsync(t => t.Name == "Armoede"));
    }
}
