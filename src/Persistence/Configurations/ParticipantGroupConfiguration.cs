using Dialoogtafels.Domain.Common;
using Dialoogtafels.Domain.ParticipantGroups;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dialoogtafels.Persistence.Configurations;

internal sealed class ParticipantGroupConfiguration : IEntityTypeConfiguration<ParticipantGroup>
{
    public void Configure(EntityTypeBuilder<ParticipantGroup> builder)
    {
        builder.ConfigureContent();
        builder.Property(x => x.Name).HasMaxLength(ParticipantGroup.NameMaxLength);
        builder.Property(x => x.Slug).HasMaxLength(Slugs.MaxLength);
        builder.HasIndex(x => x.Slug).IsUnique();
    }
}
