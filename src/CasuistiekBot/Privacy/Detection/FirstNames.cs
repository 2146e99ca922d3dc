namespace CasuistiekBot.Privacy.Detection;

/// <summary>
/// Given names common among the people in IND, DJI, CJIB and child-protection casus (Dutch, Arabic, Somali, Eritrean,
/// Afghan, Turkish, Ukrainian, West-African). Names that are also ordinary words (Will, May, Hope, Rose) are left out.
/// A name from this list is recognised without a title; the surname after it is taken along.
/// </summary>
internal static class FirstNames
{
    public static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "Jan", "Piet", "Kees", "Henk", "Gerrit", "Johan", "Willem", "Hendrik", "Pieter", "Klaas", "Joris", "Jeroen", "Erik",
        "Peter", "Paul", "Marco", "Martijn", "Dennis", "Sander", "Stefan", "Kevin", "Mark", "Tim", "Tom", "Sam", "Bas", "Daan",
        "Lars", "Ruben", "Thijs", "Bram", "Luuk", "Milan", "Sem", "Finn", "Levi", "Noah", "Lucas", "Liam", "Jesse", "Jonas",
        "Jacob", "Joseph", "Yosef", "David", "Michael", "Daniel", "Samuel", "Adam", "Thomas", "Wouter", "Niels", "Rik", "Koen",
        "Ilse", "Marloes", "Annelies", "Hanneke", "Judith", "Miriam", "Saskia", "Inge", "Mariska", "Yvonne", "Esmee", "Manon",
        "Floor", "Jolien", "Joyce", "Renate", "Wendy", "Chantal", "Danielle", "Marleen", "Marianne", "Gerda", "Henriëtte",
        "Bart", "Bert", "Frank", "Gert", "Hans", "Harm", "Jaap", "Joost", "Jos", "Marcel", "Maarten", "Michiel", "Niek",
        "Rob", "Robbert", "Roel", "Ronald", "Ruud", "Sjoerd", "Teun", "Vincent", "Wim", "Arjen", "Edwin", "Gijs", "Hugo",
        "Emma", "Anna", "Lisa", "Sara", "Sarah", "Noor", "Nora", "Julia", "Sophie", "Sophia", "Fleur", "Lotte", "Sanne", "Iris",
        "Femke", "Anouk", "Eva", "Kim", "Roos", "Mila", "Zoë", "Tess", "Nina", "Lieke", "Olivia", "Mirjam", "Marieke", "Ingrid",
        "Petra", "Monique", "Linda", "Sandra", "Marjolein", "Annemarie", "Wilma", "Ria", "Truus", "Ellen", "Karin", "Janneke",
        "Mohamed", "Mohammed", "Muhammad", "Mohammad", "Mohamad", "Ahmed", "Ahmad", "Ali", "Omar", "Umar", "Hassan", "Hasan",
        "Hussein", "Hossein", "Husein", "Yusuf", "Youssef", "Yousef", "Ibrahim", "Ismail", "Mustafa", "Mahmoud", "Khalid",
        "Karim", "Tariq", "Samir", "Rashid", "Hamid", "Abdullah", "Abdul", "Abdi", "Abdirahman", "Abdullahi", "Bilal", "Amir",
        "Reza", "Mehdi", "Hamza", "Idris", "Jamal", "Nabil", "Walid", "Zakaria", "Yassin", "Yasin", "Anas", "Osman", "Othman",
        "Salah", "Sami", "Rami", "Fadi", "Ziad", "Ayoub", "Bashir", "Nasser", "Faisal", "Hakim", "Jawad", "Javad", "Farhad",
        "Navid", "Arash", "Mahdi", "Habib", "Aziz", "Wahid", "Rahim", "Nazir", "Zabihullah", "Ahmadullah",
        "Tesfay", "Tesfaye", "Yonas", "Dawit", "Filmon", "Merhawi", "Berhane", "Habtom", "Mehari", "Kidane", "Yohannes",
        "Mehmet", "Ahmet", "Emre", "Murat", "Burak", "Oleksandr", "Olena", "Dmytro", "Andriy", "Iryna", "Natalia", "Olga",
        "Svetlana", "Ivan", "Sergei", "Aleksandr", "Viktor", "Irina", "Elena", "Maria", "Marie", "Chinedu", "Emeka", "Ngozi",
        "Kwame", "Kofi", "Fatima", "Fatma", "Aisha", "Aysha", "Ayesha", "Amina", "Aminata", "Khadija", "Mariam",
        "Maryam", "Miriam", "Zainab", "Zeynep", "Leila", "Layla", "Leyla", "Nour", "Noura", "Hala", "Rania", "Samira", "Yasmin",
        "Yasmina", "Salma", "Huda", "Hiba", "Asma", "Sana", "Amal", "Iman", "Nadia", "Farida", "Hawa", "Halima", "Safiya",
        "Saida", "Rahel", "Selam", "Helen", "Senait", "Ruth", "Esther", "Elif", "Ayşe", "Ayse", "Emine", "Hatice", "Malika",
        "Hanan", "Shirin", "Parwin", "Zahra", "Zohra", "Sakina", "Soraya", "Mina", "Nasrin", "Lina", "Dina", "Reem", "Ghada",
        "Dalia", "Wafa", "Souad", "Naima", "Latifa", "Karima", "Hafsa", "Bushra", "Sumaya", "Ilham", "Ikram", "Sevda", "Derya",
        "Esra", "Merve", "Büşra", "Frehiwot", "Tsega", "Mebrat", "Semhar", "Luwam", "Hodan", "Faduma", "Ayaan", "Sagal",
    };

    /// <summary>Words that make the next capitalised word part of a title or a street, not a person.</summary>
    public static readonly HashSet<string> NotAfter = new(StringComparer.OrdinalIgnoreCase)
    {
        "koning", "koningin", "prins", "prinses", "sint", "st.", "keizer", "paus", "profeet", "heilige", "sultan",
    };
}
