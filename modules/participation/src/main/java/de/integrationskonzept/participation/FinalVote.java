package de.integrationskonzept.participation;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The Abstimmung on the proposed goals of a process: editors choose the items (goals of the
 * edition, by default all) and who may vote; eligible voters cast one vote per item while the
 * Abstimmung is current and may change it until the phase ends. Results are sealed until then.
 */
public interface FinalVote {

	/** Who may vote. */
	enum VoterMode {
		/** Only the accounts on the process's voter list. */
		INVITED,
		/** Every member of the tenant (role {@code CITIZEN} or higher), checked when voting. */
		ALL_MEMBERS
	}

	enum Choice {
		ZUSTIMMUNG("Zustimmung"), ABLEHNUNG("Ablehnung"), ENTHALTUNG("Enthaltung");

		private final String label;

		Choice(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/** The editors' view: mode, items, voters (account id → e-mail) and the edition's goals to choose from. */
	Setup setup(UUID processId);

	/**
	 * Sets who may vote and which goals are put to the vote ({@code goalIds} null or empty: all goals
	 * of the edition). The items cannot change once a vote was cast; requires {@code EDITOR}.
	 */
	Setup configure(UUID processId, VoterMode mode, List<UUID> goalIds);

	/** Puts a member of the tenant (e-mail or account id) on the voter list; requires {@code EDITOR}. */
	void addVoter(UUID processId, String emailOrAccountId);

	void removeVoter(UUID processId, UUID accountId);

	/** The signed-in person's ballot: the items, whether they may vote now, and their choices so far. */
	Ballot ballot(UUID processId);

	/** Casts (or changes) the caller's votes on the given items, all or nothing. */
	Ballot vote(UUID processId, Map<UUID, Choice> choices);

	/** Counts per choice and item and the turnout: sealed until the Abstimmung has ended, then public. */
	VoteResults results(UUID processId);

	record Item(UUID goalId, String fieldName, String title) {
	}

	record Setup(boolean configured, VoterMode mode, List<Item> items, Map<UUID, String> voters, List<Item> goals, boolean votesCast) {
	}

	/** @param reason why the person cannot vote now (null when {@code canVote}) */
	record Ballot(List<Item> items, boolean canVote, String reason, Map<UUID, Choice> choices) {
	}

	/**
	 * @param sealed true until the Abstimmung has ended: then nothing but {@code eligible} is known
	 * @param eligible how many may vote (list size, or the tenant's members when all members may)
	 * @param voters how many distinct people voted on at least one item
	 */
	record VoteResults(boolean sealed, int eligible, int voters, double turnoutPercent, List<ItemResult> items) {

		/** With the turnout in percent, rounded to one decimal. */
		public static VoteResults of(boolean sealed, int eligible, int voters, List<ItemResult> items) {
			return new VoteResults(sealed, eligible, voters, eligible == 0 ? 0 : Math.round(voters * 1000.0 / eligible) / 10.0, items);
		}
	}

	record ItemResult(Item item, int zustimmung, int ablehnung, int enthaltung) {

		public int total() {
			return zustimmung + ablehnung + enthaltung;
		}
	}
}
