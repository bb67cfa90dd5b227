<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountDialog</name>
    <message>
        <source>What does it use the number for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far along is it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the bank needs me to come in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it cannot be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why can it not be done?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes about this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write why it cannot be done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food and delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entertainment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Games</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud and storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone or computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money and investing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>security codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>getting back in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change to the new number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses the number for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be done: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddByNameDialog</name>
    <message>
        <source>Add an account by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. My gym, Community clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes about this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type the name of the app, bank or website.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringoff makes an encrypted copy of your information every day it is used and keeps the newest 10. Copies you make yourself are never removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a backup now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to another computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept before an update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup was made: {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase you used then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the backup, please wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what it holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the backup holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring replaces what Ringoff holds now with this backup. What it holds now is kept as a backup first, so nothing is lost. Ringoff locks, and you unlock with the passphrase you had when the backup was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with this backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep what I have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To restore the backup from {when}, type the passphrase you used at that time, or your recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type your recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup holds — people: {people}, numbers: {numbers}, accounts: {accounts}. Last change: {last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your backup from {when} was restored. What Ringoff held before is kept as a backup too. Unlock with the passphrase you had when that backup was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the transfer file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringoff transfer files (*.ringoff-transfer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {path}. Copy this file to the other computer, install Ringoff there and choose “Bring your information from another computer” in its Settings. You will need your passphrase or your recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BugDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringoff ran into a problem it did not expect. Your information is safe: everything you saved before this is still in your vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it happens again, please send us the details. They contain no phone numbers, names or passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the details of the problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>There is nothing to put in a calendar yet: no number has a cancellation date.</source>
        <extracomment>The day SEQUENCE counts from; later exports get a higher SEQUENCE, so calendars update. Only for the .ics: each message in English and Simplified Chinese.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarExportDialog</name>
    <message>
        <source>Dates in your phone&apos;s calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the dates in your phone&apos;s calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringoff makes a calendar file with the important days: the last comfortable day to finish, the cancellation day and the first day the number may go to someone else. Your phone&apos;s calendar then reminds you, even when the computer is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Which number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave the phone number and names out of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the phone number and names out of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safer if the file is sent by email or the calendar is shared: the events then say “Phone number 1” instead of the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do with the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the calendar file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No number has a cancellation date yet, so there is nothing to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as {path}.

To get it onto your phone: send the file to yourself by email (or with AirDrop from a Mac to an iPhone). Open the message on the phone, tap the file and choose to add the events to the calendar. Exporting again later updates the same events instead of adding copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ringoff-dates.ics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the calendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogPicker</name>
    <message>
        <source>Add from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which of these use the number?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick every app, bank or service that uses this number. You can tick many.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also show services from other countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, pinyin (e.g. zfb) or web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services to choose from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many are ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found. You can add it by name instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ticked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your information stays as it is; only the passphrase that opens it changes. Your recovery key keeps working. Backups made before today still open with the old passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How strong the passphrase is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the passphrase, please wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Banks and cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares, savings and loans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messaging and social networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food and delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport and travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government and tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your phone company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health and insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email and cloud storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone and computer makers&apos; accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video, music and reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Games</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist could not be saved to {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <source>Print the checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A large-print list of what is left to do for this number: what to bring, each step with a box to tick, and room for notes. Take it to the bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language on paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;whole number on paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole number on paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without it, the middle digits are hidden, like 138 **** 5678.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringoff checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistTab</name>
    <message>
        <source>Which of these do you use?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick every app, bank and service you use with this number. The most common ones are at the top of each group. Ones already in your list are ticked and greyed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show {n} more in “{section}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the ticked ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Rural Credit Cooperative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put it in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put this bank in the list, ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your bank is not in the list? Type its &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your bank is not in the list? Type its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the ticked ones ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (already added)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Recovery key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number {number} is not in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the vault {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recovery key (write it down and keep it safe; it is shown only once):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a date. Write it as year-month-day, e.g. 2027-03-15.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no service “{service}” in the catalog. Try `ringoff catalog --search`, or use --name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account “{account}” is tied to this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored {numbers} numbers and {accounts} accounts. The replaced vault was kept as {safety}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault has problems: {problems}. Restore a backup to be safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is in good order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringoff ran into an unexpected problem (a bug). Your data was not changed by it. Details for a bug report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password list from {program}, with {rows} entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {n} accounts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would add {n} accounts (run again with --yes to add):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signs in with this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a service Ringoff knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} were already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export file holds your passwords in plain text: delete it when you are done. Ringoff did not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{path}” is a folder. Give a file name ending in .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “{folder}” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{relative} — {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiscoverPage</name>
    <message>
        <source>Find the accounts that use this number</source>
        <extracomment>How many services a checklist section shows before &quot;Show more&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: back to this number&apos;s list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the accounts that use {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four ways to find them; use one or all. Nothing is added until you press “Add the ticked ones”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was just done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ways to find accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Which do you use?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Saved passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Text messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Official check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Those are already in the list; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {n} to the list. This number now has {total} accounts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmergencyKit</name>
    <message>
        <source>Ringoff Emergency Kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this page somewhere safe, with your important papers. Whoever has it can open your Ringoff vault: do not photograph it or send it to anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the unlock screen, choose “Use my recovery key instead”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery key above. Capital or small letters and spaces do not matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then choose a new passphrase under Settings → Security.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a new computer: copy the vault file (and its key file, if you have it) and open it with Ringoff. Without the key file, the recovery key still opens it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmergencyKitDialog</name>
    <message>
        <source>Emergency Kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Emergency Kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One page with your recovery key, where your vault is, and what to do if you forget your passphrase. Print it, or save it as a PDF and print it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Emergency Kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Please type a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” does not look like a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” does not look like a phone number: check the digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so nothing could be saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringoff may not write in the folder “{folder}”. Choose a folder you can change, or ask someone to give you permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recovery key has 56 letters and digits in 14 groups of 4. Please check that you typed all of it.</source>
        <extracomment>For tests only: tiny cost so the suite stays fast. Never used by the app or the CLI.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recovery key has a typing mistake somewhere. Please compare it group by group with your Emergency Kit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file that goes with this vault is damaged. You can still open the vault with your recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase is not right. Check that Caps Lock is off and try again. If you have forgotten it, use your recovery key from the Emergency Kit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file that goes with this vault is missing ({name}). You can still open the vault with your recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault is already open in another Ringoff window. Use that window, or close it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This transfer file is incomplete or damaged, perhaps because the copy did not finish. Nothing has been changed. Make a new transfer file on the other computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file at “{path}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is a folder. Choose the transfer file inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is not a Ringoff transfer file. Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recovery key belongs to a different vault, or to an older key of this one. Check that it is the key printed for this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This transfer file has no key file, so only the recovery key can open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a Ringoff vault at “{path}”. Ringoff never writes over it. Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault file is damaged and cannot be read. Nothing has been changed. You can restore one of your backups from the Settings page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringoff may not write to the vault file. It may be in a read-only folder or on a locked drive. Move it to a folder you can change and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is being used by another Ringoff window or program. Close the other one and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is a folder, not a Ringoff vault. Choose the vault file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Ringoff vault at “{path}”. Check the place, or create a new vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringoff is not allowed to read “{path}”. Check the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault file is empty: its contents were lost, perhaps by a failed copy. Nothing has been changed. You can restore one of your backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is an ordinary database, not an encrypted Ringoff vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringoff may not change the vault file “{path}”. It may be read-only or on a locked drive. Copy it to a folder you can change, then open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringoff may not write in the folder “{folder}”. Move the vault to a folder you can change, then open it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key does not open the vault, or the vault file is damaged. Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Ringoff vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault was saved by a newer version of Ringoff. Please install the newest Ringoff to open it. Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault needs to be upgraded first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a file at “{path}”. Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringoff may not write in the folder “{folder}”. Choose a folder you can change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault file was changed by another computer or program while Ringoff had it open (this happens with shared folders such as OneDrive, iCloud Drive or Dropbox). To keep both versions safe, Ringoff did not save this change. Close Ringoff on the other computer, then lock and unlock here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number is already in Ringoff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstStartPage</name>
    <message>
        <source>Ringoff helps you move your accounts off a phone number before it is cancelled, so nobody who gets the number later can use them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have a file from my other computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you keep in Ringoff is locked with this passphrase. A short sentence is easy to remember and hard to guess, for example “Grandma&apos;s garden has 3 apple trees”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How strong the passphrase is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating your vault, please wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create my vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longer is stronger. Spaces are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Please type again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your recovery key safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you forget your passphrase, this recovery key is the only way back in. Nobody else has it, not even us. Print it or write it down, and keep it with your important papers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print or save the Emergency Kit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have printed or written down my recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue to my numbers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>still to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} added {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} renamed {old} to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{old} was renamed {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} removed {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} added the number {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number {number} was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} changed the details of the number {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details of the number {number} were changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} removed the number {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number {number} was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} added {name} to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was added to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} changed the details of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details of {name} were changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} marked {name} as {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was marked as {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} ticked off steps for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps for {name} were ticked off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} took {name} off the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was taken off the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} put {name} back on the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was put back on the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} corrected the instructions for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instructions for {name} were corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} went back to Ringoff&apos;s own instructions for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringoff&apos;s own instructions for {name} are used again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} noted a message from {sender} meant for the number&apos;s previous owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message from {sender} meant for the number&apos;s previous owner was noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} asked {sender} to stop using this number for someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sender} was asked to stop using this number for someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} made a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} — {what}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything that was added, changed or ticked off, newest first. Set “Your name” in Settings so your family can see who did what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the history of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{person}: {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has happened here yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Your numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start by adding the phone number that will be cancelled or changed. Ringoff then helps you find every app and bank that uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — {done} of {total} done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, rename or remove people</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Chrome, Edge or Brave</source>
        <extracomment>Every format id and its label. ``generic`` means the header was not recognised but still has a web address and a user name column.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firefox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safari or Apple Passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitwarden (.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitwarden (.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KeePassXC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LastPass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A table of web addresses and user names (the program that made it is unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export your passwords again and choose the new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a text file, so it cannot be a password export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the .csv or .json file that your password manager saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is a compressed archive (for example a 1Password .1pux file), which Ringoff cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export your passwords again and choose the CSV format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file does not look like a password export: we could not find a web address or user name column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export your passwords again from the browser or password manager and choose the CSV format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line} could not be read: a quote was opened and never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file may have been cut short or edited. Export your passwords again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line} could not be read: its quotes are not where they should be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line} could not be read: one of its cells is far too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Bitwarden export is encrypted; export again and choose the unencrypted .json or .csv format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This .json file is damaged or cut short (the problem is near line {line}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This .json file is not a Bitwarden export. Ringoff reads Bitwarden&apos;s unencrypted .json export, or a .csv export from any password manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file at “{path}”. Check its name and folder.</source>
        <extracomment>Catalog entries that are look-ups, not accounts a person has (shown elsewhere on the page).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is a folder. Choose the file your passwords were saved to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringoff is not allowed to read “{path}”. Check the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “{path}” could not be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>What the file holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a password list from {program}. It has {rows} entries for {sites} different sites and apps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticked ones will be added to the list for this number. Untick any you do not want; tick others you know use this number. Nothing is added until you press the button below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites found in the file, with tick boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with this phone number ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps and sites Ringoff knows ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other sites ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the ticked ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Important: the file “{name}” in the folder “{folder}” holds all your passwords in plain text. When you have finished here, delete it and empty the recycle bin. Ringoff only read it: it never changes or deletes your file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({host})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — already added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the ticked ones ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing ticked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportTransferDialog</name>
    <message>
        <source>Bring your information from another computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the other computer, choose Settings → Backups → “Move to another computer” and copy the file it makes to this computer. Then choose it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the file, please wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring it here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the transfer file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringoff transfer files (*.ringoff-transfer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose the transfer file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type your passphrase or your recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your information from the other computer is here. Unlock it with the same passphrase as there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Ringoff</source>
        <extracomment>route name -&gt; &quot;module:factory&quot;; a factory takes (ctx, window, *route args) -&gt; QWidget.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringoff main window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <source>New recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do this if someone may have seen your Emergency Kit, or if it was lost. After this, the recovery key printed on your old Emergency Kit no longer opens your information (older backups still open with the old key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your &amp;passphrase to continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking, please wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it down or print the Emergency Kit now, and keep it with your important papers. It is shown only this once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print or save the Emergency Kit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have kept the new recovery key somewhere safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberCard</name>
    <message>
        <source>Safe to cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent: the date is close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behind schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages for someone else: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number {number}, {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number (partly hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number you received: messages for its previous owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancellation date not decided yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be cancelled {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total} accounts done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the accounts that use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See what was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All accounts of this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberDialog</name>
    <message>
        <source>Edit the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose number it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whose number is it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a new name to add a person, e.g. “Dad”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 138 1234 5678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country of the phone company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mainland China</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>India</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Australia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Germany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>France</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country of the phone company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cancellation date is not decided yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancellation date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When will it be cancelled?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty if there is none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;new number (if there is one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts will be moved to it. Without one, Ringoff suggests removing the number from each account instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number was someone else&apos;s before me (I get their messages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can change all of this later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new number is the same as the old one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberPage</name>
    <message>
        <source>This number is no longer in Ringoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to your numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number (partly hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find more accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a checklist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to my phone&apos;s calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts linked to this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, pinyin or initials, e.g. zfb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add from the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add by name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the chosen account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. The bank branch on Main Street needs the ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes about this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone company in: {country}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone company: {carrier}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving to: {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new number: the old one will be removed from each account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts yet. Add the apps, banks and services that use this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. It will be cleared from the clipboard soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this number?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {number} and the list of its {count} accounts from Ringoff? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changes in the apps themselves, only in Ringoff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This part of Ringoff is not ready yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing a checklist is not ready yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding dates to a calendar is not ready yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficialTab</name>
    <message>
        <source>The official check: 一证通查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Ministry of Industry and Information Technology (MIIT) runs a free check, 一证通查, that tells you how many internet accounts are linked to this number. It gives only a count, not the names of the apps, and it covers only some large internet companies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to start it: in WeChat, the official account 工信微报, 工信部反诈专班 or 中国信通院; or the 一证通查 mini-program in Alipay. You need the phone number and the last six digits of the ID card. The answer comes as a text message from 10699000 within 48 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}. {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step by step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The count in the text from 10699000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;count in the text from 10699000:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison with your list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If this number was someone else&apos;s before you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers are given out again after they are cancelled. If apps still treat you as the previous owner, the phone companies can remove the previous owner&apos;s links to many apps (二次号码焕新). It removes only links made before you got the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{carrier}: {how}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringoff lists {n} accounts for this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No count saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The official check counted {count} linked accounts ({when}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The check found more than your list holds: some accounts are probably still missing. Look through the other tabs again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Your list holds at least as many. The check covers only some companies, so keep looking for banks and other services it does not count.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Please choose a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is one of the most common passwords, and it is the first one a thief would try. Please choose something of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run of the same or neighbouring keys is easy to guess. Try a few words that mean something to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date or a short run of digits is easy to guess. Try a few words instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please use at least 8 characters. A short sentence you can remember is best, for example “Grandma&apos;s garden has 3 apple trees”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong. Make sure you will remember it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good. A few more words would make it even stronger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptable, but short. Longer is stronger: try adding another word or two.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordsTab</name>
    <message>
        <source>From your saved passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your browser or password manager can save all your passwords to a file. Ringoff reads that file on this computer, shows the sites in it, and keeps only the names of the ones you tick: never a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to find “Export” (menus change between versions):
• Chrome, Edge or Brave: Settings › Passwords › Export passwords.
• Firefox: Passwords › the “…” menu › Export passwords.
• Safari or Apple Passwords on a Mac: File › Export passwords.
• Bitwarden: Export vault, as .csv or unencrypted .json.
• KeePassXC: Database › Export › CSV file.
• 1Password or LastPass: Export, and choose CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your password file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password exports (*.csv *.json *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was read, but it lists no web sites or apps.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasteDialog</name>
    <message>
        <source>Paste texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the texts from your phone and paste them here. Ringoff keeps only who sent each one and what kind it was. The texts and any codes in them are thrown away at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the texts here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When they arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When did they arrive?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the senders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n sender(s). You can paste more, or close this window.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ringoff could not tell who sent %n of the texts. You can record them one by one with “Record one…”.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each number belongs to a person, for example you or your father. Press F2 to rename the selected person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People and how many numbers each has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Dad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type a name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{old} is now called {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the numbers to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the numbers to another person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person who gets the numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nobody else to move them to. Add a person first if you want to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has numbers in Ringoff (numbers: {numbers}, accounts on them: {accounts}). What should happen to them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the numbers too, with their accounts (numbers: {numbers})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {name}? They have no numbers in Ringoff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>Banks and cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services that check your bank card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government and official services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps you sign in to with this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banks first: payment apps and the tax app check your new number through the phone number your bank has for your card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment apps next: they hold money and often ask for a text to the old number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These check your new number against your bank card, so they work only after the bank has your new number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official services: tax, social security, transport and your phone company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whoever gets your old number could sign in to these, so change them before it is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These only send messages or rarely use the number; do them when you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts yet: add the apps and banks that use this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ready yet: {done} of {total} done. Next: {next}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All done. The number may be given to someone else in {days} days: until then, watch for texts from any service you forgot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All done. The number may now belong to someone else; your accounts no longer use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe to cancel: {done} of {total} done; {cannot} could not be done (see the notes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe to cancel: {done} of {total} done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is already cancelled and {left} accounts still use it. Use the “old number doesn&apos;t work” help for each of them, starting with banks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only {days} days until the cancellation and {left} accounts to go. Consider asking the phone company to delay the cancellation, or keep the number on a cheap plan until you are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cancellation is close: {left} accounts still to do.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>No cancellation date has been set yet, so there is no rush.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is to be cancelled {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change to the new number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aim to be finished by {date} ({relative}): that leaves {days} days to spare for anything that takes longer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number was cancelled {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below is the order that works best, with the reason for each part. Take one account at a time: Ringoff remembers where you stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}. {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {status}. Open the steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} · needs a text to the old number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintKitDialog</name>
    <message>
        <source>Print the Emergency Kit again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringoff does not keep your recovery key, so it cannot print it by itself. Type it from your old Emergency Kit; Ringoff checks it and makes a fresh page. If you have lost it, make a new recovery key instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example 7K3M-Q9XA-…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not the recovery key of your information. Perhaps it is an older key: check the date on your Emergency Kit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type your recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>{name} can&apos;t be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That happens, and it is fine to say so. Write down why, so that you (or whoever helps you) remember later. For example: the bank needs a visit and the branch is too far, or the account is no longer used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why can&apos;t it be done?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it can&apos;t be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceivedPage</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number that was someone else&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number that was someone else&apos;s: {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You got a number that belonged to someone else. Texts and calls meant for them are not your fault, and you can stop them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down what arrives, ask each sender to take this number off the other person&apos;s account, and note when you asked. Ringoff reminds you to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You asked {name} on {date}; if the texts have not stopped, ask again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The messages from {name} stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I asked again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note that you asked {name} again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages and calls for the previous owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What arrived for the previous owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record one…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a message or call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste texts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste texts from your phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do next, for each sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What not to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the previous owner&apos;s old links from this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The three Chinese phone companies offer a free service called “二次号码焕新”. It removes this number from apps the previous owner signed up to, such as WeChat, Alipay and Douyin. It only clears what was linked BEFORE the number was given to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (your phone company)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These steps come from reports online, not from the phone companies&apos; own pages; the app may look different. Their hotlines can help: 10086, 10010 and 10000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register your own accounts to this number safely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First let the phone company&apos;s clearing service finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To use this number in an app you already have, use that app&apos;s own “change phone number” setting, not a new sign-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If an app says the number is already registered, do not sign in to that account: ask the app&apos;s customer service to release the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a password on each account, so a text message alone cannot open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I asked, and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing noted yet. When you contact a sender, note it here and Ringoff reminds you to check after {days} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: asked on {date}, {how}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to check: was due on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: {notes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State of the request to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note a request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note that you asked someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is copied. Paste it into your message to {name}: in their app, by email, or in a chat with their customer service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you have sent it, shall Ringoff note that you asked {name} today, and remind you to check in {days} days?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, I sent it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Recipient</name>
    <message>
        <source>A verification code</source>
        <extracomment>Days between asking an institution and the reminder to check whether the texts stopped.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bank or bill notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By phone (their hotline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person (a branch or service hall)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In writing (a message, email or app chat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: the messages stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the bank&apos;s hotline or visit a branch. Say that this number was given to you by the phone company and ask them to remove it from their customer&apos;s account. They may ask for YOUR ID card to confirm that the number is now yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact their customer service (in their app or on their website). Say that the number was re-issued to you and ask them to remove it from the other person&apos;s account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the phone company&apos;s hotline or visit a service hall with your ID card: you are the holder of this number now, so they can help you directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the office&apos;s public hotline and ask them to update the contact number in the other person&apos;s file. Give them this number only, never a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact their customer service (in their app or on their website) and ask them to remove this number from the other person&apos;s account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the message names a company, find its official hotline or website yourself and ask them to remove this number. For advertising, the unsubscribe reply the text mentions (such as “TD” or “STOP”) usually works. If calls keep coming, tell the caller calmly that this number has a new owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use only the official website or app, or the number on the back of a card, never a link or phone number written in the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For changes to a phone number, they usually ask you to come in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For changes to a phone number, they usually go through customer service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never use a code meant for someone else, not even to stop the messages.</source>
        <extracomment>What never to do, whatever the sender.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never sign in to the previous owner&apos;s accounts or try to reset their passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not share the codes with anyone, even a caller who says they are from the bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not open links in these messages. Find the official number or app yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask them to remove this number from someone else&apos;s account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask them to stop sending messages and calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the China Mobile app, search for “二次号码焕新”.</source>
        <extracomment>The two languages every ready-made message exists in. The carriers&apos; &quot;二次号码焕新&quot; service (facts.md section 3; sources there, reliability B/C).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported to take up to 5 working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the China Unicom app, tap “服务” (Services), then “通用服务” (General services), then “二次号码焕新”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported to work straight away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the China Telecom app, search for “二次焕新”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Record a message or call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: ICBC, 95588, Meituan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who sent it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who sent it or called?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When did it arrive?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What &amp;was it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: card payment notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;few words about it (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never write down a code or a card number here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write who sent it (a name or the sender&apos;s number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please leave codes and long numbers out of the description: only say what kind of message it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number {number} may be given to someone else {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number {number} may now be given to someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number {number} will be cancelled {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number {number} is cancelled today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number {number} was cancelled {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts are listed for it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts still to do: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every account is done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderDaysDialog</name>
    <message>
        <source>Reminder days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When should Ringoff remind you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the number {number}. Reminders come at 9 in the morning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is to be cancelled on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day before it is cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days} days before it is cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the day it is cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days} days before it may go to someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderRow</name>
    <message>
        <source>Open</source>
        <extracomment>The days a person can choose in the reminder days dialog.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Got it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Got it, do not remind me again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Ringoff has a reminder for you</source>
        <extracomment>Days before the cancellation day on which to remind, unless a number overrides them. Days before the earliest reissue day for the last reminder. The local hour reminders fall on. The longest single wait before the wall clock is read again. The furthest ahead a day offset may reach (ten years).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left before {number} is cancelled: {days}. Move the accounts that still use it to your new number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} is due to be cancelled today. Check that no account still needs it for sign-in or codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left before {number} may be given to someone else: {days}. Make sure no account still uses it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>Note what you asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who you asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who did you ask?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How you asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wh&amp;en?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remind me to check on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the messages have not stopped by then, Ringoff reminds you here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: the name of the person you spoke to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Requirements</name>
    <message>
        <source>Your phone with the old SIM card in it, to receive a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your phone with the new SIM card in it, to receive a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your payment password (PIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password you sign in with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own face, for a face check with the phone&apos;s camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank card, and the phone number the bank has for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A visit to a branch or service hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call or chat with customer service, and some patience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to your email, to receive a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone or computer that is already signed in to this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answers to your security questions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretBox</name>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example 7K3M-Q9XA-…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the recovery key instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the passphrase instead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SenderCard</name>
    <message>
        <source>What to do about {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n recorded, last on {date}: {kinds}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Their official website: {link}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their official website (opens in your web browser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which ready-made message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which &amp;message?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message to {name}, {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the message to {name}, {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show ready-made messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show ready-made messages to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I asked them…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note that you asked {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide ready-made messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServicesModel</name>
    <message>
        <source>already added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your own</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>You locked Ringoff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringoff locked itself after {minutes} minutes without use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringoff locked itself because the computer slept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringoff locked itself because the screen locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringoff locked itself because the vault was changed by another computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of every screen and printout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simplified Chinese (简体中文)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes all text and buttons bigger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after this many minutes without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringoff hides your information when nobody has used it for a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock when the computer sleeps or the screen locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the computer tells Ringoff about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear a copied phone number after this many seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 keeps it until you copy something else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the automatic encrypted backups are kept. Empty: beside the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me even when Ringoff is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts a small reminder helper when you log in. It knows only the dates, nothing else.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <extracomment>Which declared settings go in which section (anything not listed lands in &quot;Other&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language and text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locking and privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups and moving to a new computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock Ringoff to change your name, your passphrase or your recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder for {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Wang Fang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown in the history next to what you change, so your family can see who did what. Leave it empty if you use Ringoff alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase opens Ringoff every day. Your recovery key, printed in the Emergency Kit, opens it if you forget the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the Emergency Kit again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used Ringoff on another computer before? Bring your information here with the transfer file made there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring your information from another computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase was changed. Use the new one next time you unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have a new recovery key. The old one no longer opens Ringoff.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmsTab</name>
    <message>
        <source>From your text messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On your phone, copy a few verification texts and other messages from apps and banks, and paste them here, as many as you like at once. Ringoff only looks at who sent each one; the codes are not shown or kept, and the box is emptied as soon as the senders are found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted text messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the messages here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Messages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the senders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the ticked ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sender could be found in these messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senders Ringoff knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senders Ringoff does not know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the ones that are accounts of yours; you can change the name before adding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} message(s) did not show who sent them; they were skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({count} messages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (1 message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — already added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the ticked ones ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing ticked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <source>Step {n}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepsEditor</name>
    <message>
        <source>Your own steps for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps change their screens from time to time, so the steps may no longer match what you see. Write the steps the way they work for you, one step on each line. Ringoff will show your steps from now on, and you can go back to its own steps at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What did you see? (optional, kept in your notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you saw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps in Chinese (one per line, optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps in English (one per line, optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save my steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save my own steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel without saving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>In mainland China, the telecom service rules allow a carrier to give a cancelled number to someone else 90 days after it is cancelled.</source>
        <extracomment>Days between the &quot;last comfortable day&quot; and the cancellation day, unless the caller says. How many accounts a person can reasonably move in a day (the plan&apos;s pace for warnings). Bounds for a rule the user sets: at least one day, at most ten years.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unconfirmed: news reports say that a number with unpaid bills is suspended after about 30 days and closed about 60 days later. We found no official rule that says this, so Ringoff does not use it to work out dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the United States, FCC rules say a disconnected number must wait at least 45 days before it goes to someone new, and a home number at most 90 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In India, numbers are reported to be given to new customers after about 90 days. This is an estimate, not a fixed rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We know of no fixed rule for this country. To be safe, Ringoff assumes the number could go to someone else 30 days after it is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You set this yourself: {days} days after cancellation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineStrip</name>
    <message>
        <source>Key dates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cancellation date is not decided yet. Once it is, Ringoff shows when to finish and when the number may go to someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reused from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aim to finish by {date} ({relative}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is cancelled on {date} ({relative}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may go to someone else from {date} ({relative}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not confirmed by an official rule.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <source>Ringoff</source>
        <extracomment>Whether messages reach the user outside the window.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringoff menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Ringoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Welcome back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why Ringoff is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase to see your numbers and accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example 7K3M-Q9XA-…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is printed in your Emergency Kit: 14 groups of 4 letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking, please wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use my recovery key instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use my passphrase instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery key from your Emergency Kit. Afterwards you can choose a new passphrase in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type your recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalkthroughPage</name>
    <message>
        <source>Step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan for {person}&apos;s number {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan for {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total} accounts finished for this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {n} of {total}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous account (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next account (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringoff doesn&apos;t have a guide for {name}, so these are general steps that work for most apps and banks. The words on your screen may be a little different.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringoff has no steps for this. Look in the app&apos;s settings for the phone number, or ask the service&apos;s customer service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the phone number in {name} to your new number, {new}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the phone number in {name} to your new number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take this phone number off your {name} account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close your {name} account, so that nobody can use it with this number later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Or choose something else:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do with this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you need before you start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing special: just your phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old number already doesn&apos;t work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old number already doesn&apos;t work: show the other way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick this if the old SIM card is gone or no longer gets texts: the steps below change to a way that does not need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringoff knows no special path for this one. Two things usually work: call or chat with the service&apos;s customer service and say the old number no longer works, or go to one of their counters or service halls with your ID card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick this if the old SIM card is gone or no longer gets texts, and Ringoff will tell you what usually works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The steps when the old number doesn&apos;t work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You wrote these steps yourself, so they match what you saw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick each step when you have done it. It is saved at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These steps come from what other people have reported, not from {name} itself, so your app may look a little different.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringoff last checked them on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The official help: {link}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The official help page (opens in your web browser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good to know: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This didn&apos;t work, or the app looks different…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to Ringoff&apos;s steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes: {notes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last step: check that it worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out and sign in again with the new number. Or ask the app to send you a code, and see which phone receives it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did it go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You noted that it can&apos;t be done: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done, it worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is done; go to the next account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t be done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now: back to the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I saw ({date}): {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe to cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have been through every account that uses this number. When the number is cancelled, none of them will send codes or messages to it any more, so whoever gets it next can&apos;t reach your money or your accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone company may give the number to someone else {when}. Until then, if a text for an account you forgot still reaches you, you can change that one too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since {when}, the number may belong to someone else. Your accounts no longer use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is to be cancelled {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What&apos;s left, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These could not be done. Keep an eye on them: if one of them sends a text to the old number, it may still be worth a call to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason written down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>•  {name}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to your numbers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
