using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CasuistiekBot.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PersonLanguage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "language",
                table: "conversation_references",
                type: "TEXT",
                maxLength: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "language_preference",
                table: "conversation_references",
                type: "TEXT",
                maxLength: 2,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "language",
                table: "conversation_references");

            migrationBuilder.DropColumn(
                name: "language_preference",
                table: "conversation_references");
        }
    }
}
