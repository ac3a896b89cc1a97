using Dialoogtafels.Domain.Common;
using Dialoogtafels.Domain.Dialogues;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dialoogtafels.Persistence.Configurations;

internal sealed class DialogueConfiguration : IEntityTypeConfiguration<Dialogue>
{
    public void Configure(EntityTypeBuilder<Dialogue> builder)
    {
        builder.ConfigureContent();
        builder.Property(x => x.Title).HasMaxLength(Dialogue.TitleMaxLength);
        builder.Property(x => x.Slug).HasMaxLength(Slugs.MaxLength);
        builder.HasIndex(x => x.Slug).IsUnique();
        builder.Property(x => x.Organiser).HasMaxLength(Dialogue.OrganiserMaxLength);
        builder.HasIndex(x => x.Track);
        builder.HasOne(x => x.Theme).WithMany().HasForeignKey(x => x.ThemeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(x => x.Reports).WithOne(x => x.Dialogue).HasForeignKey(x => x.DialogueId);
    }
}
