"""French abbreviations that end in a full stop without ending the sentence, consulted at
sentence boundaries (seo_audit/boundaries.py). Plain strings, one entry per line.

Two kinds:

* ``ALWAYS``: never the last word of a sentence, whatever follows — titles before a name
  (« le Pr. Martin »), « cf. », « vs. », « p. ex. », « c.-à-d. », street types before a
  name (« av. Foch », « bd. Voltaire »);
* ``BEFORE_LOWER``: the last word of a sentence only when a capital follows (matched
  whatever the case: « Réf. 2023-45 », « Fig. 3 »). « etc. Le
  reste… » ends a sentence, « etc. – existent », « la p. 12 », « 800 hab. environ »,
  « l'art. L. 1111-2 », « av. J.-C. » do not. Some are also ordinary words (« vol. », the
  flight; « sept. », the number): before a capital they end the sentence.

Compiled for seo-audit from the usual French typographic references (Lexique des règles
typographiques en usage à l'Imprimerie nationale: abréviations usuelles).
"""

ALWAYS = """
M.
MM.
Mme.
Mmes.
Mlle.
Mlles.
Dr.
Drs.
Pr.
Prs.
Me.
Mgr.
cf.
Cf.
vs.
p. ex.
par ex.
P. ex.
Par ex.
c.-à-d.
c.-à-d
c.à.d.
i.e.
e.g.
av.
bd.
boul.
bld.
"""

BEFORE_LOWER = """
p.
pp.
art.
chap.
fig.
vol.
éd.
coll.
dir.
trad.
env.
ex.
hab.
min.
max.
approx.
resp.
suiv.
sq.
ibid.
op. cit.
et al.
etc.
apr.
J.-C.
al.
ca.
réf.
s.
ss.
c.
cit.
sect.
suppl.
ann.
id.
cie.
ets.
juill.
janv.
févr.
fév.
avr.
juil.
sept.
oct.
nov.
déc.
n.
no.
tél.
"""
