using Dialoogtafels.Domain.Common;
using Dialoogtafels.Domain.Dialogues;
using Dialoogtafels.Domain.Ideas;
using Dialoogtafels.Domain.Stories;
using Dialoogtafels.Domain.Themes;
using Dialoogtafels.Testing;
using Microsoft.EntityFrameworkCore;

namespace Dialoogtafels.Persistence.Tests;

/// <summary>The key arrays (<see cref="KeyArrays"/>) follow every change of their join tables.</summary>
public class KeyArrayTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task Theme_ids_follow_inserts_deletes_and_updates_of_the_join_rows()
    {
        int ideaId, storyId, a, b, c;
        await using (var db = database.CreateContext())
        {
            var dialogue = new Dialogue { Title = "Sleutels", Slug = "key-array-test", Track = DialogueTrack.Citizens };
            var themes = new[] { "Een", "Twee", "Drie" }.Select(n => new Theme { Name = n, Slug = "key-array-" + n.ToLowerInvariant() }).ToList();
            var idea = new Idea { Dialogue = dialogue, Title = "Idee", Themes = [themes[2], themes[0]] };
            var story = new Story { Dialogue = dialogue, Title = "Verhaal", Body = "Tekst", Kind = StoryKind.Concern, Themes = [themes[1]] };
            db.AddRange(idea, story);
            await db.SaveChangesAsync();
            (ideaId, storyId, a, b, c) = (idea.Id, story.Id, themes[0].Id, themes[1].Id, themes[2].Id);
        }

        Assert.Equal(Sorted(a, c), await IdeaKeys(ideaId)); // ascending, whatever the order of insertion
        Assert.Equal([b], await StoryKeys(storyId));

        await using (var db = database.CreateContext())
        {
            var idea = await db.Ideas.AsTracking().Include(i => i.Themes).SingleAsync(i => i.Id == ideaId);
            idea.Themes.RemoveAll(t => t.Id == c);
            idea.Themes.Add(await db.Themes.AsTracking().SingleAsync(t => t.Id == b));
            await db.SaveChangesAsync();
        }

        Assert.Equal(Sorted(a, b), await IdeaKeys(ideaId));

        await using (var db = database.CreateContext())
        {
            // A merge moves join rows with an UPDATE; a story that loses its last theme has none.
            await db.Database.ExecuteSqlRawAsync("UPDATE idea_themes SET theme_id = {0} WHERE idea_id = {1} AND theme_id = {2}", c, ideaId, b);
            await db.Database.ExecuteSqlRawAsync("DELETE FROM story_themes WHERE story_id = {0}", storyId);
        }

        Assert.Equal(Sorted(a, c), await IdeaKeys(ideaId));
        Assert.Empty(await StoryKeys(storyId));
    }

    [Fact]
    public async Task New_rows_without_join_rows_have_an_empty_array_not_null()
    {
        int id;
        await using (var db = database.CreateContext())
        {
            var idea = new Idea { Dialogue = new Dialogue { Title = "Leeg", Slug = "key-array-empty", Track = DialogueTrack.Science }, Title = "Zonder thema" };
            db.Add(idea);
            await db.SaveChangesAsync();
            id = idea.Id;
        }

        Assert.Empty(await IdeaKeys(id));
    }

    private static int[] Sorted(params int[] keys) => [.. keys.Order()];

    private async Task<int[]> IdeaKeys(int id)
    {
        await using var db = database.CreateContext();
        return await db.Ideas.Where(i => i.Id == id).Select(i => EF.Property<int[]>(i, "ThemeIds")).SingleAsync();
    }

    private async Task<int[]> StoryKeys(int id)
    {
        await using var db = database.CreateContext();
        return await db.Stories.Where(s => s.Id == id).Select(s => EF.Property<int[]>(s, "ThemeIds")).SingleAsync();
    }
}
