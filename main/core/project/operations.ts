// Turns an EditRequest into an undoable Operation: splices of the bead list and
// the splices that undo them. planEdit only reads the project; EditHistory
// applies the result. Conventions every operation follows:
// - Beads and sentences are values: an edit builds new objects and never
//   mutates old ones, so the inverse splices can simply put the old ones back.
// - A bead keeps its id while its list of sentence ids stays the same (status,
//   note and same-count text edits); a bead whose sentence list changes gets a
//   fresh id, so the renderer can key rows by id.
// - A bead whose content changed becomes 'unreviewed' again; set-status and
//   set-note change nothing else.
// - A bead left with no sentence at all by a move is removed (as in InterText);
//   empty beads exist only when the user inserts one.

import { sideOriginal, isEmptyBead } from './bead';
import { findNeedle, matchRanges, replaceRanges } from './find';
import { checkBeadsCoverSegments, type AlignedBeadInput } from './create';
import { IdAllocator } from './ids';
import { rangeSplice } from './splices';
import { REVIEW_STATUSES, type Bead, type BeadSplice, type EditRequest, type Lang, type Project, type ReviewStatus, type Sentence } from './types';

export interface Operation {
  /** What undo/redo would do, for the Edit menu: 'Merge pairs', 'Approve 3 pairs', ... */
  label: string;
  forward: BeadSplice[];
  /** Applied in order after `forward`, gives back the bead list as it was. */
  inverse: BeadSplice[];
  /** project.nextId before and after the operation: undo gives back the ids it took, which are then used nowhere. */
  nextIdBefore: number;
  nextIdAfter: number;
}

export interface BeadScore {
  confidence: number;
  reasons: string[];
}

export interface EditContext {
  /**
   * Rescores a bead whose sentences changed (with the model of its document, in
   * a many-document project); without it a changed bead keeps the lowest
   * confidence of the beads it came from.
   */
  scoreBead?: (ar: string[], en: string[], document?: string) => BeadScore;
  /** Aligns sentences anew (beads of indices into ar and en) as their document was aligned; needed only by 'realign'. */
  realign?: (ar: Sentence[], en: Sentence[], document?: string) => AlignedBeadInput[];
  /**
   * The aligner's cost of each alignment of the same sentences (lower is
   * better), judged under the model of their document. With it, re-aligning
   * never replaces an alignment with one the aligner itself scores worse.
   */
  alignmentCosts?: (
    ar: Sentence[],
    en: Sentence[],
    alignments: ReadonlyArray<ReadonlyArray<{ ar: number[]; en: number[] }>>,
    document?: string,
  ) => number[];
}

/** An edit that cannot be done (the message is shown to the user as is). */
export class ProjectEditError extends Error {
  override name = 'ProjectEditError';
}

const SIDE_NAME: Record<Lang, string> = { ar: 'Arabic', en: 'English' };

export function planEdit(project: Project, request: EditRequest, context: EditContext = {}): Operation {
  const planner = new Planner(project, context);
  switch (request?.kind) {
    case 'merge-with-next': return planner.mergeWithNext(request.beadId);
    case 'split-pair': return planner.splitPair(request.beadId, request.arIndex, request.enIndex);
    case 'split-sentence': return planner.splitSentence(request.beadId, request.side, request.sentenceIndex, request.offset);
    case 'split-inside-sentence':
      return planner.splitInsideSentence(request.beadId, request.side, request.sentenceIndex, request.offset, request.otherIndex);
    case 'move-sentence': return planner.moveSentence(request.beadId, request.side, request.which);
    case 'insert-empty': return planner.insertEmpty(request.index);
    case 'delete-empty': return planner.deleteEmpty(request.beadId);
    case 'detach-sentence': return planner.detachSentence(request.beadId, request.side, request.sentenceIndex);
    case 'edit-text': return planner.editText(request.beadId, request.side, request.texts);
    case 'set-status': return planner.setStatus(request.beadIds, request.status);
    case 'set-note': return planner.setNote(request.beadId, request.note);
    case 'realign': return planner.realign(request.fromBeadId, request.toBeadId);
    case 'replace-text': return planner.replaceText(request.side, request.query, request.replacement, request.beadIds, request.at);
    case 'ignore-finding': return planner.ignoreFinding(request.beadId, request.key, request.ignored);
    case 'realign-unreviewed': return planner.realignUnreviewed();
    default:
      throw new ProjectEditError(`unknown edit: ${JSON.stringify((request as { kind?: unknown } | null)?.kind)}`);
  }
}

class Planner {
  private readonly beads: Bead[];
  private readonly ids: IdAllocator;

  constructor(private readonly project: Project, private readonly context: EditContext) {
    this.beads = project.beads;
    this.ids = new IdAllocator(project.nextId);
  }

  mergeWithNext(beadId: string): Operation {
    const index = this.indexOf(beadId);
    if (index === this.beads.length - 1) throw new ProjectEditError('the last pair has no next pair to merge with');
    const [first, second] = [this.beads[index], this.beads[index + 1]];
    if (first.document !== second.document) throw new ProjectEditError('the last pair of a document cannot merge with the next document\'s first pair');
    const merged = this.rebuilt([...first.ar, ...second.ar], [...first.en, ...second.en], [first, second], joinNotes([first, second]));
    return this.replace('Merge pairs', index, 2, [merged]);
  }

  splitPair(beadId: string, arIndex: number, enIndex: number): Operation {
    const index = this.indexOf(beadId);
    const bead = this.beads[index];
    checkPosition(arIndex, bead.ar.length, 'Arabic split position');
    checkPosition(enIndex, bead.en.length, 'English split position');
    if (arIndex + enIndex === 0 || arIndex + enIndex === bead.ar.length + bead.en.length) {
      throw new ProjectEditError('splitting the pair there would leave one part empty');
    }
    const head = this.rebuilt(bead.ar.slice(0, arIndex), bead.en.slice(0, enIndex), [bead], bead.note);
    const tail = this.rebuilt(bead.ar.slice(arIndex), bead.en.slice(enIndex), [bead], '');
    return this.replace('Split pair', index, 1, [head, tail]);
  }

  splitSentence(beadId: string, side: Lang, sentenceIndex: number, offset: number): Operation {
    checkSide(side);
    const index = this.indexOf(beadId);
    const bead = this.beads[index];
    const parts = this.sentenceParts(bead, side, sentenceIndex, offset);
    const sentences = [...bead[side].slice(0, sentenceIndex), ...parts, ...bead[side].slice(sentenceIndex + 1)];
    return this.replace('Split sentence', index, 1, [this.withSide(bead, side, sentences, [bead], bead.note)]);
  }

  splitInsideSentence(beadId: string, side: Lang, sentenceIndex: number, offset: number, otherIndex: number): Operation {
    checkSide(side);
    const index = this.indexOf(beadId);
    const bead = this.beads[index];
    const other: Lang = side === 'ar' ? 'en' : 'ar';
    checkPosition(otherIndex, bead[other].length, `${SIDE_NAME[other]} split position`);
    const [headPart, tailPart] = this.sentenceParts(bead, side, sentenceIndex, offset);
    // Both new beads keep a part of the split sentence, so neither can be empty.
    const headSide = [...bead[side].slice(0, sentenceIndex), headPart];
    const tailSide = [tailPart, ...bead[side].slice(sentenceIndex + 1)];
    const head = this.withSide({ ...bead, [other]: bead[other].slice(0, otherIndex) }, side, headSide, [bead], bead.note);
    const tail = this.withSide({ ...bead, [other]: bead[other].slice(otherIndex) }, side, tailSide, [bead], '');
    return this.replace('Split pair', index, 1, [head, tail]);
  }

  /** The two sentences that cutting a sentence of the bead at `offset` of its text makes. */
  private sentenceParts(bead: Bead, side: Lang, sentenceIndex: number, offset: number): [Sentence, Sentence] {
    const sentence = this.sentenceAt(bead, side, sentenceIndex);
    if (!Number.isInteger(offset) || offset <= 0 || offset >= sentence.text.length) {
      throw new ProjectEditError(`a sentence can only be split inside its text (offset ${offset}, length ${sentence.text.length})`);
    }
    // The spaces at the cursor belong to neither sentence, as between segmented sentences.
    const headEnd = sentence.text.slice(0, offset).trimEnd().length;
    const tailStart = sentence.text.length - sentence.text.slice(offset).trimStart().length;
    if (sentence.text.slice(0, headEnd).trim() === '' || sentence.text.slice(tailStart) === '') {
      throw new ProjectEditError('splitting the sentence there would leave one part empty');
    }
    return splitSentenceAt(sentence, headEnd, tailStart, this.ids);
  }

  moveSentence(beadId: string, side: Lang, which: 'first' | 'last'): Operation {
    checkSide(side);
    if (which !== 'first' && which !== 'last') throw new ProjectEditError(`cannot move the "${String(which)}" sentence: use first or last`);
    const index = this.indexOf(beadId);
    const bead = this.beads[index];
    if (bead[side].length === 0) throw new ProjectEditError(`this pair has no ${SIDE_NAME[side]} sentence to move`);
    const moveUp = which === 'first';
    const neighbourIndex = moveUp ? index - 1 : index + 1;
    if (neighbourIndex < 0) throw new ProjectEditError('the first pair has no previous pair to move the sentence into');
    if (neighbourIndex >= this.beads.length) throw new ProjectEditError('the last pair has no next pair to move the sentence into');
    const neighbour = this.beads[neighbourIndex];
    if (neighbour.document !== bead.document) {
      throw new ProjectEditError(`the ${moveUp ? 'first' : 'last'} pair of a document cannot pass a sentence to another document`);
    }
    const moved = moveUp ? bead[side][0] : bead[side][bead[side].length - 1];
    const remaining = moveUp ? bead[side].slice(1) : bead[side].slice(0, -1);
    const grown = moveUp ? [...neighbour[side], moved] : [moved, ...neighbour[side]];
    const contributors = [neighbour, bead];
    const newNeighbour = this.withSide(neighbour, side, grown, contributors, neighbour.note);
    const left = this.withSide(bead, side, remaining, contributors, bead.note);
    const leftBeads = isEmptyBead(left) ? [] : [left];
    const label = `Move ${SIDE_NAME[side]} sentence ${moveUp ? 'up' : 'down'}`;
    return moveUp
      ? this.replace(label, neighbourIndex, 2, [newNeighbour, ...leftBeads])
      : this.replace(label, index, 2, [...leftBeads, newNeighbour]);
  }

  insertEmpty(index: number): Operation {
    checkPosition(index, this.beads.length, 'position of the new pair');
    const empty: Bead = { id: this.ids.bead(), ar: [], en: [], status: 'unreviewed', note: '', confidence: 1, reasons: [] };
    // In a many-document project the new pair joins the document of the pair before it (of the first pair at the very start).
    const document = (this.beads[index - 1] ?? this.beads[index])?.document;
    if (document !== undefined) empty.document = document;
    return this.replace('Insert empty pair', index, 0, [empty]);
  }

  deleteEmpty(beadId: string): Operation {
    const index = this.indexOf(beadId);
    if (!isEmptyBead(this.beads[index])) {
      throw new ProjectEditError('only an empty pair can be deleted: move or detach its sentences first');
    }
    return this.replace('Delete empty pair', index, 1, []);
  }

  detachSentence(beadId: string, side: Lang, sentenceIndex: number): Operation {
    checkSide(side);
    const index = this.indexOf(beadId);
    const bead = this.beads[index];
    const sentence = this.sentenceAt(bead, side, sentenceIndex);
    const other: Lang = side === 'ar' ? 'en' : 'ar';
    if (bead[side].length === 1 && bead[other].length === 0) {
      throw new ProjectEditError(`this ${SIDE_NAME[side]} sentence already has no counterpart`);
    }
    const isFirst = sentenceIndex === 0;
    if (!isFirst && sentenceIndex !== bead[side].length - 1) {
      // Detaching from the middle would put the rest of the pair on both sides of it, out of document order.
      throw new ProjectEditError('only the first or the last sentence of a side can be detached: split the pair first');
    }
    const alone = this.withSide(emptyLike(bead), side, [sentence], [bead], '');
    const rest = this.withSide(bead, side, bead[side].filter((_, i) => i !== sentenceIndex), [bead], bead.note);
    return this.replace('Mark sentence as having no counterpart', index, 1, isFirst ? [alone, rest] : [rest, alone]);
  }

  editText(beadId: string, side: Lang, texts: string[]): Operation {
    checkSide(side);
    if (!Array.isArray(texts) || texts.some((text) => typeof text !== 'string')) {
      throw new ProjectEditError('the new text must be a list of strings, one per sentence');
    }
    const index = this.indexOf(beadId);
    const bead = this.beads[index];
    const sentences = bead[side];
    const label = `Edit ${SIDE_NAME[side]}`;
    if (texts.length === sentences.length) {
      if (texts.every((text, i) => text === sentences[i].text)) return this.nothing(label);
      const edited = sentences.map((sentence, i) => ({ ...sentence, text: texts[i] }));
      const { confidence, reasons } = this.rescoreEdit(bead, side === 'ar' ? edited : bead.ar, side === 'en' ? edited : bead.en);
      const changed: Bead = { ...bead, [side]: edited, status: 'unreviewed', confidence, reasons };
      return this.replace(label, index, 1, [changed]);
    }
    if (texts.length === 0) {
      throw new ProjectEditError(`the ${SIDE_NAME[side]} side needs at least one text: to empty it, detach or move its sentences`);
    }
    // The sentence count changed: the first new sentence carries the side's whole
    // original text and source span, so en_original survives any text edit.
    const spans = sentences.map((sentence) => sentence.source).filter((span): span is [number, number] => span !== null);
    const span: [number, number] | null = spans.length === 0
      ? null
      : [Math.min(...spans.map((s) => s[0])), Math.max(...spans.map((s) => s[1]))];
    const original = sideOriginal(bead, side);
    const rewritten: Sentence[] = texts.map((text, i) => ({
      id: this.ids.sentence(), text, original: i === 0 ? original : '', source: i === 0 ? span : null,
    }));
    const changed = this.withSide(bead, side, rewritten, [bead], bead.note);
    return this.replace(label, index, 1, [changed]);
  }

  setStatus(beadIds: string[], status: ReviewStatus): Operation {
    if (!REVIEW_STATUSES.includes(status)) throw new ProjectEditError(`unknown review status: ${JSON.stringify(status)}`);
    if (!Array.isArray(beadIds) || beadIds.length === 0) throw new ProjectEditError('no pair selected');
    const indices = [...new Set(beadIds.map((id) => this.indexOf(id)))].sort((a, b) => a - b);
    const changing = indices.filter((i) => this.beads[i].status !== status);
    // Splices that keep the length, in increasing order: each index stays valid, and the inverse is the same list reversed.
    const forward: BeadSplice[] = [];
    const inverse: BeadSplice[] = [];
    for (const i of changing) {
      const splice = rangeSplice(this.beads, i, 1, [{ ...this.beads[i], status }]);
      forward.push(splice.forward);
      inverse.unshift(splice.inverse);
    }
    const verb = status === 'approved' ? 'Approve' : status === 'rejected' ? 'Reject' : 'Reset status of';
    const label = `${verb} ${indices.length === 1 ? 'pair' : `${indices.length} pairs`}`;
    return this.operation(label, forward, inverse);
  }

  /** Replace All (or one occurrence): every changed bead in one operation, so one undo takes it all back. */
  replaceText(
    side: Lang, query: string, replacement: string, beadIds?: string[], at?: { beadId: string; sentence: number; start: number },
  ): Operation {
    checkSide(side);
    if (typeof query !== 'string' || typeof replacement !== 'string') throw new ProjectEditError('find and replace need two texts');
    const needle = findNeedle(query);
    if (needle === '') throw new ProjectEditError('type what to find first');
    const indices = at ? [this.indexOf(at.beadId)]
      : beadIds ? [...new Set(beadIds.map((id) => this.indexOf(id)))].sort((a, b) => a - b)
        : this.beads.map((_, i) => i);
    const forward: BeadSplice[] = [];
    const inverse: BeadSplice[] = [];
    let count = 0;
    for (const i of indices) {
      const bead = this.beads[i];
      let changed = false;
      const edited = bead[side].map((sentence, s) => {
        let ranges = matchRanges(sentence.text, needle);
        if (at) ranges = s === at.sentence ? ranges.filter(([start]) => start === at.start) : [];
        if (ranges.length === 0) return sentence;
        const text = replaceRanges(sentence.text, ranges, replacement);
        if (text === sentence.text) return sentence;
        count += ranges.length;
        changed = true;
        return { ...sentence, text };
      });
      if (!changed) continue;
      const { confidence, reasons } = this.score(side === 'ar' ? edited : bead.ar, side === 'en' ? edited : bead.en, [bead]);
      const splice = rangeSplice(this.beads, i, 1, [{ ...bead, [side]: edited, status: 'unreviewed', confidence, reasons }]);
      forward.push(splice.forward);
      inverse.unshift(splice.inverse);
    }
    if (at && count === 0) throw new ProjectEditError('that match is no longer there: find it again');
    const label = `Replace ${count === 1 ? '1 match' : `${count} matches`} in the ${SIDE_NAME[side]}`;
    return this.operation(label, forward, inverse);
  }

  setNote(beadId: string, note: string): Operation {
    if (typeof note !== 'string') throw new ProjectEditError('a note must be text');
    const index = this.indexOf(beadId);
    const bead = this.beads[index];
    if (bead.note === note) return this.nothing('Edit note');
    return this.replace('Edit note', index, 1, [{ ...bead, note }]);
  }

  /** Changes nothing but the bead's list of ignored findings: the pair keeps its id, status and confidence. */
  ignoreFinding(beadId: string, key: string, ignored: boolean): Operation {
    if (typeof key !== 'string' || key === '') throw new ProjectEditError('no finding given');
    const index = this.indexOf(beadId);
    const bead = this.beads[index];
    const current = bead.ignoredFindings ?? [];
    const label = ignored ? 'Ignore finding' : 'Stop ignoring finding';
    if (current.includes(key) === ignored) return this.nothing(label);
    const next = ignored ? [...current, key] : current.filter((candidate) => candidate !== key);
    const changed: Bead = { ...bead };
    if (next.length > 0) changed.ignoredFindings = next;
    else delete changed.ignoredFindings;
    return this.replace(label, index, 1, [changed]);
  }

  realign(fromBeadId: string, toBeadId: string): Operation {
    const from = this.indexOf(fromBeadId);
    const to = this.indexOf(toBeadId);
    if (from > to) throw new ProjectEditError('the first pair to re-align comes after the last one');
    if (this.beads[from].document !== this.beads[to].document) throw new ProjectEditError('pairs of two documents cannot be re-aligned together');
    const replacement = this.realigned(from, to);
    // The current pairs are better than a new alignment: they stay, and nothing is recorded.
    if (replacement === null) return this.nothing('Re-align pairs');
    return this.replace('Re-align pairs', from, to - from + 1, replacement);
  }

  /**
   * Every maximal stretch of pairs not approved, re-aligned; approved pairs stay
   * as they are. The stretches are spliced from the last to the first, so each
   * index is still valid when its splice is applied, and undone first to last.
   */
  realignUnreviewed(): Operation {
    const stretches: Array<[number, number]> = [];
    for (let i = 0; i < this.beads.length; i++) {
      if (this.beads[i].status === 'approved') continue;
      const start = i;
      // A stretch ends where its document ends: documents are aligned each on its own.
      while (i + 1 < this.beads.length && this.beads[i + 1].status !== 'approved' && this.beads[i + 1].document === this.beads[start].document) i++;
      stretches.push([start, i]);
    }
    if (stretches.length === 0) throw new ProjectEditError('every pair is approved: there is nothing to re-align');
    const forward: BeadSplice[] = [];
    const inverse: BeadSplice[] = [];
    for (const [from, to] of stretches.reverse()) {
      const replacement = this.realigned(from, to);
      if (replacement === null) continue;
      const splice = rangeSplice(this.beads, from, to - from + 1, replacement);
      forward.push(splice.forward);
      inverse.unshift(splice.inverse);
    }
    return this.operation('Re-align unreviewed pairs', forward, inverse);
  }

  /**
   * The beads from..to (inclusive) as the aligner pairs their sentences anew,
   * or null when the aligner scores the current pairs at least as well (a tie
   * keeps the reviewer's pairs as they are).
   */
  private realigned(from: number, to: number): Bead[] | null {
    if (!this.context.realign) throw new ProjectEditError('re-aligning needs the aligner, which is not available here');
    const range = this.beads.slice(from, to + 1);
    const ar = range.flatMap((bead) => bead.ar);
    const en = range.flatMap((bead) => bead.en);
    const document = range[0].document;
    const aligned = this.context.realign(ar, en, document);
    checkBeadsCoverSegments(aligned, 'ar', ar.length, 'realign');
    checkBeadsCoverSegments(aligned, 'en', en.length, 'realign');
    if (this.context.alignmentCosts) {
      const [current, fresh] = this.context.alignmentCosts(ar, en, [asIndices(range), aligned], document);
      if (current <= fresh) return null;
    }
    // A bead the aligner reproduces exactly stays as it was (id, status, note).
    const bySentences = new Map(range.map((bead) => [sentenceKey(bead.ar, bead.en), bead]));
    const replacement: Bead[] = aligned.map((result) => {
      const arSentences = result.ar.map((i) => ar[i]);
      const enSentences = result.en.map((i) => en[i]);
      return bySentences.get(sentenceKey(arSentences, enSentences)) ?? {
        id: this.ids.bead(), ar: arSentences, en: enSentences, status: 'unreviewed',
        note: '', confidence: result.confidence, reasons: [...result.reasons], ...(document === undefined ? {} : { document }),
      };
    });
    // Notes of the beads that were dissolved move to the first new bead, so no note is lost.
    const kept = new Set(replacement.filter((bead) => range.includes(bead)));
    const dissolvedNotes = joinNotes(range.filter((bead) => !kept.has(bead)));
    const firstNew = replacement.findIndex((bead) => !kept.has(bead));
    if (dissolvedNotes !== '' && firstNew >= 0) replacement[firstNew] = { ...replacement[firstNew], note: dissolvedNotes };
    return replacement;
  }

  private indexOf(beadId: string): number {
    if (typeof beadId !== 'string') throw new ProjectEditError('no pair given');
    const index = this.beads.findIndex((bead) => bead.id === beadId);
    if (index < 0) throw new ProjectEditError(`there is no pair with id "${beadId}"`);
    return index;
  }

  private sentenceAt(bead: Bead, side: Lang, sentenceIndex: number): Sentence {
    if (!Number.isInteger(sentenceIndex) || sentenceIndex < 0 || sentenceIndex >= bead[side].length) {
      throw new ProjectEditError(`this pair has no ${SIDE_NAME[side]} sentence number ${sentenceIndex + 1}`);
    }
    return bead[side][sentenceIndex];
  }

  /** A new bead (fresh id, unreviewed) from these sentences, scored or given the lowest confidence of its sources. */
  private rebuilt(ar: Sentence[], en: Sentence[], contributors: Bead[], note: string): Bead {
    const document = contributors[0]?.document;
    return { id: this.ids.bead(), ar, en, status: 'unreviewed', note, ...this.score(ar, en, contributors), ...(document === undefined ? {} : { document }) };
  }

  private withSide(bead: Bead, side: Lang, sentences: Sentence[], contributors: Bead[], note: string): Bead {
    return side === 'ar'
      ? this.rebuilt(sentences, bead.en, contributors, note)
      : this.rebuilt(bead.ar, sentences, contributors, note);
  }

  private score(ar: Sentence[], en: Sentence[], contributors: Bead[]): BeadScore {
    if (ar.length === 0 && en.length === 0) return { confidence: 1, reasons: [] };
    if (this.context.scoreBead) {
      const { confidence, reasons } = this.context.scoreBead(ar.map((s) => s.text), en.map((s) => s.text), contributors[0]?.document);
      return { confidence, reasons: [...reasons] };
    }
    return {
      confidence: Math.min(...contributors.map((bead) => bead.confidence)),
      reasons: [...new Set(contributors.flatMap((bead) => bead.reasons))],
    };
  }

  /**
   * A bead whose texts were edited, its sentences the same: its confidence
   * moves by as much as the edit moves the judgement of its texts alone (the
   * aligner's judgement also knew the search's margins, which an edit does not
   * change), so retyping a word in capitals leaves it where it was and
   * breaking a number lowers it. The reasons are those of the new texts.
   */
  private rescoreEdit(bead: Bead, ar: Sentence[], en: Sentence[]): BeadScore {
    const after = this.score(ar, en, [bead]);
    if (!this.context.scoreBead) return after;
    const before = this.score(bead.ar, bead.en, [bead]);
    if (!(before.confidence > 0)) return after;
    return { confidence: Math.min(1, bead.confidence * after.confidence / before.confidence), reasons: after.reasons };
  }

  private replace(label: string, index: number, deleteCount: number, replacement: Bead[]): Operation {
    const { forward, inverse } = rangeSplice(this.beads, index, deleteCount, replacement);
    return this.operation(label, [forward], [inverse]);
  }

  /** An edit that changes nothing (text retyped as it was): EditHistory does not record it. */
  private nothing(label: string): Operation {
    return this.operation(label, [], []);
  }

  private operation(label: string, forward: BeadSplice[], inverse: BeadSplice[]): Operation {
    return { label, forward, inverse, nextIdBefore: this.project.nextId, nextIdAfter: this.ids.next };
  }
}

/** Beads as indices into the concatenation of their sentences, side by side. */
function asIndices(beads: readonly Bead[]): Array<{ ar: number[]; en: number[] }> {
  let ar = 0;
  let en = 0;
  return beads.map((bead) => ({
    ar: bead.ar.map(() => ar++),
    en: bead.en.map(() => en++),
  }));
}

/**
 * The two sentences a split makes. An unedited sentence splits its original
 * and source range at the same place; an edited one cannot (its text no longer
 * matches the source), so the first part keeps the whole original.
 */
function splitSentenceAt(sentence: Sentence, headEnd: number, tailStart: number, ids: IdAllocator): [Sentence, Sentence] {
  const head = sentence.text.slice(0, headEnd);
  const tail = sentence.text.slice(tailStart);
  const source = sentence.source;
  if (sentence.text === sentence.original && source !== null && source[1] - source[0] === sentence.original.length) {
    // Each part remembers the whole sentence it was cut from (a part cut again, the first whole).
    const importedAs = sentence.importedAs ?? sentence.original;
    return [
      { id: ids.sentence(), text: head, original: head, source: [source[0], source[0] + headEnd], importedAs },
      { id: ids.sentence(), text: tail, original: tail, source: [source[0] + tailStart, source[1]], importedAs },
    ];
  }
  return [
    { id: ids.sentence(), text: head, original: sentence.original, source },
    { id: ids.sentence(), text: tail, original: '', source: null },
  ];
}

function checkSide(side: Lang): void {
  if (side !== 'ar' && side !== 'en') throw new ProjectEditError(`unknown side: ${JSON.stringify(side)}`);
}

function checkPosition(value: number, max: number, what: string): void {
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw new ProjectEditError(`${what} must be a whole number from 0 to ${max} (got ${value})`);
  }
}

function emptyLike(bead: Bead): Bead {
  return { ...bead, ar: [], en: [] };
}

function joinNotes(beads: Bead[]): string {
  return beads.map((bead) => bead.note).filter((note) => note !== '').join('\n');
}

function sentenceKey(ar: Sentence[], en: Sentence[]): string {
  return `${ar.map((s) => s.id).join(',')}|${en.map((s) => s.id).join(',')}`;
}
