using Dialoogtafels.Domain.Ideas;
using Dialoogtafels.Persistence.Import.Pabulib;
using Dialoogtafels.Testing;
using Microsoft.EntityFrameworkCore;

namespace Dialoogtafels.Persistence.Tests.Import;

/// <summary>Imports the real files next to the built-in seed: the seed's rows are neither reused nor changed.</summary>
public class PabulibSeededImportTests(SeededDatabase database) : IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task Imports_all_files_beside_the_seed_without_touching_it()
    {
        await using var before = database.CreateContext();
        var seedThemes = await before.Themes.OrderBy(t => t.Id).Select(t => new { t.Id, t.Slug, t.Name, t.ParentId, t.UpdatedAt }).ToListAsync();
        var seedIdeas = await before.Ideas.CountAsync();
        var seedLinks = await before.IdeaThemes.CountAsync();

        var importer = new PabulibImporter(new TestContextFactory(database));
        foreach (var path in SharedData.PabulibFiles()) await importer.ImportFileAsync(path);

        await using var after = database.CreateContext();
        var seedIds = seedThemes.Select(t => t.Id).ToList();
        Assert.Equal(seedThemes, await after.Themes.Where(t => seedIds.Contains(t.Id)).OrderBy(t => t.Id)
            .Select(t => new { t.Id, t.Slug, t.Name, t.ParentId, t.UpdatedAt }).ToListAsync());
        Assert.Equal(seedIdeas + SharedData.PabulibIdeaCount, await after.Ideas.CountAsync());
        Assert.Equal(seedLinks, await after.IdeaThemes.CountAsync(l => after.Ideas.Any(i => i.Id == l.IdeaId && i.Source != IdeaSource.Import)));
        Assert.Equal(seedThemes.Count + 55, await after.Themes.CountAsync());
    }
}
