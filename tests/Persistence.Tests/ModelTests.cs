using Dialoogtafels.Domain.Common;
using Dialoogtafels.Domain.Dialogues;
using Dialoogtafels.Domain.Ideas;
using Dialoogtafels.Testing;
using Microsoft.EntityFrameworkCore;

namespace Dialoogtafels.Persistence.Tests;

public class ModelTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task Saves_an_idea_with_actors_and_stamps_timestamps()
    {
        await using (var db = database.CreateContext())
        {
            var dialogue = new Dialogue { Title = "Test", Slug = "model-test", Track = DialogueTrack.Citizens };
            db.Add(new Idea
            {
                Dialogue = dialogue,
                Title = "Samen fietsen naar school",
                ProposedActors = [ProposedActor.Government, ProposedActor.Society],
                Status = PublicationStatus.Published,
            });
            await db.SaveChangesAsync();
        }

        await using var read = database.CreateContext();
        var idea = await read.Ideas.SingleAsync(i => i.ProposedActors.Contains(ProposedActor.Government));
        Assert.Equal([ProposedActor.Government, ProposedActor.Society], idea.ProposedActors);
        Assert.NotEqual(default, idea.CreatedAt);
        var found = await read.Ideas.CountAsync(i =>
            EF.Property<NpgsqlTypes.NpgsqlTsVector>(i, DialoogtafelsDbContext.SearchVectorProperty)
                .Matches(EF.Functions.WebSearchToTsQuery("dutch", "fietsen")));
        Assert.Equal(1, found);
    }

    [Fact]
    public void Migrations_are_up_to_date_with_the_model()
    {
        using var db = database.CreateContext();
        Assert.False(db.Database.HasPendingModelChanges());
    }
}
