"""The French text of `seo-audit rule CODE`: what each rule checks and why, and where its
thresholds come from. The rules' docstrings (English, for developers) stay the reference;
a rule missing here is documented from its docstring."""

from __future__ import annotations

#: code → (ce que la règle vérifie, pourquoi)
DOCS: dict[str, tuple[str, str]] = {
    "LEN001": (
        "Compte les mots du corps (titres de parties, paragraphes, éléments de liste ; ni le titre SEO "
        "ni la meta description) comme un lecteur les compte : « l’Ukraine » et « F-16 » font un mot "
        "chacun ; la ponctuation et les guillemets n’en font aucun.",
        "Les pages courtes se classent rarement, et la commande demande « au moins 700 mots ». Yoast SEO "
        "demande au moins 300 mots pour un article ordinaire et 900 pour un contenu phare ; la valeur "
        "par défaut (700) est celle de la commande."),
    "TTL001": (
        "Le titre vient du front matter (`seo_title`, `meta_title` ou `title`), de la balise HTML "
        "`<title>`, du premier `# H1` d’un fichier Markdown, ou de la première ligne courte sans "
        "ponctuation finale d’un fichier texte.",
        "Le titre est la première chose que lit l’internaute et le signal le plus fort de la page."),
    "TTL002": (
        "Le titre compte entre `min_chars` et `max_chars` caractères.",
        "Sous 30 caractères, le titre gaspille la place qu’un résultat de recherche lui donne ; "
        "au-delà de 60, il est le plus souvent coupé. Yoast SEO emploie les mêmes bornes (en pixels : "
        "voir TTL003)."),
    "TTL003": (
        "Estime la largeur du titre en Arial à la taille des résultats de recherche, d’après les chasses "
        "de la police (à quelques pixels près de ce qu’affiche un navigateur).",
        "Google coupe les titres plus larges qu’environ 600 px, quel que soit leur nombre de caractères : "
        "« Mmmm » est plus large que « iiii ». Yoast SEO mesure la largeur du titre avec 600 px."),
    "TTL004": (
        "Le titre contient l’expression clé (mêmes règles de correspondance que les règles KW).",
        "Le titre est le signal le plus fort de la page et ce que l’internaute lit d’abord ; Yoast SEO "
        "cherche l’expression clé dans le titre SEO."),
    "TTL005": (
        "La première occurrence de l’expression clé commence dans la première part `max_position` des "
        "caractères du titre. Sans objet quand le titre ne la contient pas (TTL004 le dit).",
        "Les résultats sont coupés à droite et le lecteur parcourt le début ; Yoast SEO préfère un titre "
        "qui commence par l’expression clé."),
    "MET001": (
        "Lue dans le front matter (`description`, `meta_description`, `excerpt` ou `summary`) ou dans "
        "`<meta name=\"description\">`. Un brouillon en texte brut n’en a pas.",
        "Sans elle, les moteurs choisissent un fragment de la page, souvent mal venu. Yoast SEO signale "
        "l’absence de meta description comme un problème."),
    "MET002": (
        "La meta description compte entre `min_chars` et `max_chars` caractères.",
        "Yoast SEO recommande 120 à 156 caractères : plus courte, elle gaspille l’extrait ; plus longue, "
        "elle est coupée par des points de suspension."),
    "MET003": (
        "La meta description contient l’expression clé.",
        "Les moteurs mettent en gras, dans l’extrait, les mots de la requête ; Yoast SEO cherche "
        "l’expression clé dans la meta description."),
    "KW001": (
        "L’expression clé vient de `--keyphrase`, de `keyphrase` (ou `focus_keyphrase`) dans le front "
        "matter, ou de `<meta name=\"keyphrase\">` en HTML. À défaut, l’outil suggère le meilleur "
        "mot-clé du texte (YAKE, jusqu’à trois mots, nettoyé pour le français, présent au moins deux "
        "fois) et quatre autres possibilités ; les autres règles KW vérifient alors la suggestion.",
        "Toute vérification SEO d’une page suppose de savoir sur quoi elle veut se classer ; Yoast SEO "
        "demande une expression clé avant de juger le reste."),
    "KW002": (
        "Le premier paragraphe (ou élément de liste) du corps, après un éventuel titre.",
        "Lecteurs et moteurs décident dès l’ouverture de quoi parle une page. La vérification « expression "
        "clé dans l’introduction » de Yoast SEO porte sur le premier paragraphe."),
    "KW003": (
        "Densité = occurrences de l’expression clé dans le corps ÷ mots du corps × 100. Sans objet sous "
        "`min_words` mots.",
        "Trop rare, la page ne dit pas de quoi elle parle ; trop fréquente, elle sent le bourrage de "
        "mots-clés, que lecteurs et moteurs sanctionnent. Yoast SEO borne la densité entre 0,5 % et 3 % "
        "et la juge à partir de 100 mots."),
    "KW004": (
        "Compte les sous-titres H2 et H3 qui contiennent l’expression clé. Un article d’un seul sous-titre "
        "passe si celui-ci la contient. Sans objet sans H2/H3 (STR001 en demande).",
        "Les sous-titres disent à chacun ce que couvre chaque partie. Yoast SEO veut l’expression clé "
        "(ou un synonyme) dans 30 % à 75 % des sous-titres H2/H3 : moins manque un signal, plus sent le "
        "bourrage."),
    "KW005": (
        "Le slug est `slug` dans le front matter, le chemin du lien canonique HTML, ou le nom du fichier "
        "sans extension. Les mots-outils sont facultatifs (« canal-retour » vaut « canal de retour ») et "
        "les élisions peuvent être écrites en entier (« amenagement-de-l-enclos »).",
        "L’adresse s’affiche dans les résultats et les moteurs la lisent ; Yoast SEO cherche l’expression "
        "clé dans le slug."),
    "KW006": (
        "Le corps est découpé en `parts` parties de même nombre de mots (des tiers par défaut) ; la règle "
        "échoue quand plus de `max_empty_share` d’entre elles n’ont aucune occurrence. Sans objet quand "
        "l’expression n’apparaît jamais (KW003 le dit).",
        "Une expression clé groupée à un seul endroit laisse le reste de la page hors sujet. La "
        "« distribution de l’expression clé » de Yoast SEO mesure la même chose plus finement ; des tiers "
        "se corrigent plus facilement."),
    "KW007": (
        "Les mots pleins sont ce qui reste après les mots-outils (articles, prépositions, conjonctions, "
        "pronoms, « être », « avoir »).",
        "Personne ne tape une longue expression, et une longue expression se case mal dans les titres et "
        "les sous-titres. Yoast SEO conseille au plus 4 mots pleins."),
    "STR001": (
        "Les sous-titres sont les titres H2 à H6 (`##` en Markdown, `<h2>`… en HTML) ; un brouillon en "
        "texte brut n’en a pas : `seo-audit outline` en propose à partir du texte.",
        "Le lecteur parcourt avant de lire, et les moteurs comprennent une page par ses sous-titres. "
        "Yoast SEO en demande dans tout texte de plus de 300 mots ; la commande en demande explicitement."),
    "STR002": (
        "Une section est le texte entre deux titres (ou avant le premier). Vérifiée seulement quand "
        "l’article a des sous-titres : STR001 couvre un texte qui n’en a pas.",
        "La « distribution des sous-titres » de Yoast SEO demande au plus 300 mots sous un même "
        "sous-titre."),
    "STR003": (
        "Le corps de l’article a au plus un titre de niveau 1.",
        "Le H1 est le titre principal de la page ; plusieurs H1 brouillent son sujet. Yoast SEO signale un "
        "second H1 dans le corps."),
    "STR004": (
        "Un titre descend d’un niveau à la fois (H2 puis H3), jamais de deux (H2 puis H4). Le premier "
        "titre d’un corps sans H1 peut être un H2, le titre de l’article tenant lieu de H1.",
        "Les lecteurs d’écran et les moteurs lisent les niveaux de titre comme un plan."),
    "STR005": (
        "Aucun paragraphe ne dépasse `max_words` mots.",
        "Les longs paragraphes fatiguent le lecteur à l’écran. Yoast SEO recommande au plus 150 mots par "
        "paragraphe."),
    "RDB001": (
        "Indice de lisibilité de Flesch adapté au français par Kandel et Moles (1958) : 207 − 1,015 × "
        "(mots / phrases) − 73,6 × (syllabes / mots). 100 est très facile, 60 à 70 du français courant, "
        "moins de 30 très difficile. Les mots sont comptés comme les voit un lecteur (« l’Ukraine », "
        "« a-t-il », « 31 000 », « patient·e·s », « InfoMedicament.gouv.fr » font un mot ; les adresses "
        "web ne sont pas lues), les phrases s’arrêtent où un lecteur les arrête (pas après « p. », "
        "« art. » ni « av. J.-C. », mais après « ! » » devant une majuscule), les syllabes sont celles de "
        "l’oral (« table » 1, « américaine » 4) ; un nombre en chiffres compte pour les mots et syllabes "
        "qu’on prononce (« 2023 », « deux mille vingt-trois » : 3 mots, 4 syllabes ; « 2,5 », « deux "
        "virgule cinq » : 3 mots, 4 syllabes). Le constat cite la phrase la plus difficile (de 5 mots au "
        "moins) et, quand il y a des nombres, ce qu’ils apportent (mots et syllabes) et le score sans "
        "eux — Yoast SEO les laisse de côté.",
        "Les phrases longues et les mots longs rendent un texte plus difficile. Yoast SEO applique Kandel "
        "et Moles au français et demande au moins 60. Les nombres sont lus à voix haute parce que Kandel "
        "et Moles ont adapté la formule pour des textes à entendre (la radio) et que l’effort du lecteur "
        "devant « 1 347 » est celui de « mille trois cent quarante-sept » : ni celui d’un mot d’une "
        "syllabe (les laisser de côté), ni celui d’un seul mot de six syllabes (d’où le compte des mots "
        "prononcés aussi). Sur une page pleine de dates et de montants, l’écart avec Yoast SEO vient de "
        "là : le constat le chiffre."),
    "RDB002": (
        "Une phrase est longue au-delà de `max_words` mots (20 : la limite de Yoast SEO pour le "
        "français). La règle échoue quand plus de `max_share` % des phrases sont longues : elle donne la "
        "part pour tout le fichier, puis chaque phrase longue avec sa place (le terminal montre les "
        "premières ; JSON, SARIF, GitHub et JUnit les donnent toutes).",
        "Une phrase longue oblige le lecteur à retenir davantage. Yoast SEO : au plus 25 % de phrases de "
        "plus de 20 mots en français."),
    "RDB003": (
        "Une phrase est au passif quand « être » accompagne le participe passé d’un verbe, avec ou sans "
        "complément d’agent (« La décision a été prise par le ministre », « L’accès est réglementé »), "
        "y compris inversé (« était employé le terme », « est-elle identifiée »). Le participe est "
        "reconnu par les tables du lemmatiseur, pas par l’étiquette de l’analyse : « chronophage », "
        "« déployables », « bienvenu » ne sont pas des participes. Ne comptent pas : les verbes qui se "
        "conjuguent avec « être » (« Il est arrivé hier » est actif), les pronominaux (« Elle s’est "
        "levée »), les participes devenus adjectifs d’état (« la commune est située », « très "
        "élevée »), le passif pronominal (« Ce livre se vend bien »). La règle donne la "
        "part pour tout le fichier, puis chaque phrase au passif, placée sur son groupe verbal (« a été "
        "prise »).",
        "L’actif nomme qui agit et se lit plus vite. Yoast SEO : au plus 10 % de phrases au passif."),
    "RDB004": (
        "Un mot de liaison (« cependant », « en effet », « par conséquent », « tout d’abord », "
        "« lorsque », « plutôt que », « d’une part… d’autre part »…) relie une phrase à ce qui précède ; "
        "les mots ambigus sont vérifiés sur l’analyse (« or » la conjonction, pas le métal ; « alors » "
        "dans « alors étudiante » n’est qu’un adverbe de temps). « Selon » suivi d’un nom, « en tant "
        "que » et « de plus en plus » ne sont pas des mots de liaison. Le constat montre le plus long "
        "passage sans aucun.",
        "Les connecteurs montrent le raisonnement et mènent le lecteur d’une idée à la suivante. Yoast "
        "SEO : au moins 30 % de phrases avec un mot de liaison."),
    "RDB005": (
        "Des phrases consécutives sont comparées par leur premier mot ; après un article, un démonstratif "
        "ou un numéral (« le », « l’ », « une », « deux », « cette »…) par leurs deux premiers, comme le "
        "fait Yoast SEO pour le français : « Le président… Le ministre… » n’est pas une répétition, "
        "« Il… Il… Il… » en est une. Un titre remet le compte à zéro.",
        "Le même début, phrase après phrase, rend la prose monotone. Yoast SEO signale trois phrases de "
        "suite ou plus qui commencent par le même mot."),
    "IMG001": (
        "Les images Markdown `![alt](src)` et HTML `<img>`. Sans objet pour un brouillon en texte brut, "
        "qui ne peut pas en contenir.",
        "Les images aèrent le texte et peuvent amener des visiteurs par la recherche d’images ; Yoast SEO "
        "demande au moins une image."),
    "IMG002": (
        "Chaque image a un texte alternatif.",
        "Le texte alternatif est ce que disent les lecteurs d’écran et ce que les moteurs lisent d’une "
        "image (WCAG 1.1.1 ; Yoast SEO vérifie les attributs alt)."),
    "IMG003": (
        "Correspondance comme pour le slug (formes et radicaux, mots-outils facultatifs). Sans objet sans "
        "image ou sans aucun texte alternatif (IMG001, IMG002 le disent).",
        "Yoast SEO cherche l’expression clé dans les attributs alt : elle rattache les images au sujet de "
        "la page pour la recherche d’images."),
    "LNG001": (
        "Chaque paragraphe d’au moins 5 mots est jugé français quand au moins 15 % de ses mots sont des "
        "mots-outils français (« le », « de », « qui », « est »…), qu’il en a plus que de mots-outils "
        "anglais, espagnols ou allemands, et que le modèle français (fr_core_news_md) connaît au moins la "
        "moitié de ses mots. La règle échoue quand les paragraphes français font moins de "
        "`min_french_share` des mots jugés ; les mesures propres au français (lisibilité, passif, mots de "
        "liaison, typographie…) sont alors sans objet plutôt qu’absurdes. Aucun modèle n’est téléchargé.",
        "L’audit mesure de la prose française ; un article collé en anglais ou resté non traduit "
        "recevrait des scores dénués de sens. Les mots-outils sont l’indice classique de l’identification "
        "des langues (Grefenstette 1995)."),
    "LNG002": (
        "Une phrase est étrangère quand elle a au moins deux mots-outils d’une autre langue (anglais, "
        "espagnol, allemand : « the », « of », « for », « Ukraine’s »…) et plus que de mots-outils "
        "français ; un fragment entre [crochets], (parenthèses), « guillemets » ou \"guillemets droits\" "
        "est jugé seul de la même façon, et un nom anglais seul entre crochets dont la forme française "
        "diffère (« [NATO] » pour « OTAN ») aussi. Les emprunts (« week-end », « newsletter ») ne comptent "
        "pas ; un fragment dont tous les mots pleins ont une majuscule est un nom ou un titre (« West Wing "
        "Playbook », « The New York Times ») et reste tel quel, comme les locutions latines (« in fine »).",
        "La traduction automatique et le copier-coller laissent des passages non traduits (l’article de "
        "la mission contient « [for Ukraine’s potential NATO membership] ») ; le lecteur y bute et les "
        "moteurs voient une page en deux langues."),
    "TYP001": (
        "La typographie française met une espace insécable avant « ; : ! ? » et à l’intérieur des "
        "guillemets, pour que le signe ne commence jamais une ligne. `colon` est l’espace attendue avant "
        "« : » (par défaut U+00A0, l’espace insécable), `other` avant « ; ! ? » et dans « » (par défaut "
        "U+202F, l’espace fine insécable, comme le demande l’Imprimerie nationale). Avec `strict = false` "
        "(défaut), l’une ou l’autre est acceptée et seule une espace ordinaire ou l’absence d’espace est "
        "signalée. Adresses web, heures (« 14:30 ») et passages en langue étrangère sont laissés de côté. "
        "`group = \"auto\"` donne un seul constat pour un texte tapé partout avec des espaces ordinaires.",
        "Lexique des règles typographiques en usage à l’Imprimerie nationale (2002) : une espace "
        "ordinaire laisse « ? » ou « » » partir seul à la ligne."),
    "TYP002": (
        "`quotes = true` signale le guillemet droit \", que le français remplace par « » ; `apostrophe` "
        "est le style maison : \"’\" (défaut) signale l’apostrophe droite ' entre deux lettres, \"'\" "
        "signale ’, \"\" accepte les deux. Les adresses web sont laissées de côté.",
        "Guillemet et apostrophe droits sont des caractères de machine à écrire ; la typographie "
        "française emploie « » et ’ (Imprimerie nationale ; Office québécois de la langue française)."),
    "TYP003": (
        "Une phrase qui commence par une minuscule après un point : point égaré ou majuscule perdue, "
        "typique de la traduction automatique (« … auprès de Poutine. réponse. »). Pas signalé : les mots "
        "à majuscule intérieure (« iPhone »), les adresses (« beta.gouv.fr »), une phrase après « … », "
        "« ? » ou « ! » (« Qui en fait ? qui devrait en faire plus ? ») ou une abréviation (« etc. »), et "
        "la première phrase d’un élément de liste (`list_items = true` les vérifie aussi).",
        "Imprimerie nationale : toute phrase commence par une majuscule."),
    "TYP004": (
        "`spaces` : deux espaces ou plus dans une ligne (ni l’indentation, ni les espaces finales d’un "
        "saut de ligne Markdown ; pas en HTML, qui les fusionne). `punctuation` : « ,, », « ;; », « :: », "
        "« .. » (pas les points de suspension « ... »), « . . ». `repeated_marks` : « !! », « ??? ».",
        "Restes de corrections et de copier-coller ; à l’impression, une double espace fait un trou."),
    "TYP005": (
        "`empty` : crochets, parenthèses ou guillemets vides. `references` : appels de note collés depuis "
        "une encyclopédie (« [12] », « [réf. nécessaire] ») et lignes laissées par un aspirateur de pages "
        "(« Source link », « Read more »). `unmatched` : une parenthèse, un crochet ou un guillemet ouvert "
        "et jamais fermé dans son paragraphe, ou fermé sans avoir été ouvert (la numérotation « 1) » et "
        "les émoticônes sont acceptées ; une citation sur plusieurs paragraphes peut rouvrir « à chacun).",
        "Restes de traduction automatique, de copier-coller et d’aspiration de pages : ils montrent au "
        "lecteur que le texte n’a pas été relu."),
    "LNK001": (
        "Compte les liens internes du corps : adresses relatives (`/blog/tri/`, `../tri/`, `tri.md`) et "
        "absolues vers un hôte listé dans `site_hosts` (par exemple `\"beta.gouv.fr\"`). Les liens vers la "
        "même page (`#partie`) ne comptent pas.",
        "Les liens internes disent aux moteurs quelles pages d’un site vont ensemble et mènent le lecteur "
        "à la page suivante. La vérification « liens internes » de Yoast SEO est rouge sans aucun lien ; "
        "son seuil est un lien."),
    "LNK002": (
        "Compte les liens vers d’autres hôtes (`https://www.ademe.fr/…`) ; les hôtes listés dans "
        "`site_hosts` sont ceux du site et comptent comme internes.",
        "Citer ses sources permet au lecteur de vérifier ce que dit l’article et situe la page pour les "
        "moteurs. La vérification « liens sortants » de Yoast SEO en demande au moins un."),
    "LNK003": (
        "Un lien dont le texte contient l’expression clé de l’article (donnée, ou suggérée), reconnue "
        "comme le font les règles KW (accents, casse, pluriel, élision).",
        "Un tel lien dit aux moteurs qu’une autre page est celle de cette expression, et emmène le lecteur "
        "loin de la page qui doit se classer : vérification « liens concurrents » de Yoast SEO (rouge)."),
    "LNK004": (
        "Le texte entier d’un lien, casse, accents et ponctuation finale mis à part, est « cliquez ici », "
        "« ici », « lien », « ce lien », « en savoir plus », « lire la suite », « voir », « plus », « cet "
        "article » (ou « click here », « read more »…).",
        "Un lecteur d’écran énumère les liens d’une page par leur seul texte, et les moteurs y lisent la "
        "description de la cible (WCAG 2.2, critère 2.4.4 ; guide SEO de Google : éviter « cliquez ici »)."),
    "LNK005": (
        "Vérifié hors ligne, sur tout le lot (`seo-audit check content/`) : chaque lien relatif et chaque "
        "image, et chaque lien absolu vers un hôte de `site_hosts`, est résolu comme Jekyll et Hugo "
        "servent les pages (`/blog/mon-article/` est l’article dont le slug, le permalien ou le nom de "
        "fichier le nomme ; `../autre.md` est un fichier voisin), puis son `#ancre` parmi les titres de la "
        "cible. Rien n’est téléchargé. Un lien hors de ce que couvre le lot n’est pas jugé : l’outil ne "
        "distingue pas une page absente d’une page qu’on ne lui a pas donnée.",
        "Un lien cassé perd le lecteur et gaspille le passage des robots ; les extensions d’éditeur (Yoast "
        "SEO compris) ne les vérifient pas avant publication."),
    "LNK006": (
        "Un lien vers un endroit de la même page (`#reparer`) nomme une ancre que la page possède : l’id "
        "que Jekyll (kramdown), Hugo ou GitHub donnent à un titre (« ## Réparer ses objets » → "
        "`#réparer-ses-objets` ou `#reparer-ses-objets`), un `{#id}` explicite, ou un attribut `id`/`name` "
        "du HTML de l’article. `#top` existe toujours.",
        "Une ancre cassée laisse le lecteur en haut de la page ; aucun éditeur ne les vérifie. Les ancres "
        "d’autres articles sont vérifiées par LNK005."),
    "SITE001": (
        "Les expressions clés déclarées dans le front matter (`keyphrase`, `focus_keyphrase`) se comparent "
        "par leurs mots pleins, accents, casse et pluriel mis à part : « Composts en appartement » vaut "
        "« compost en appartement ». Chaque article concerné apprend lesquels la partagent.",
        "Deux pages d’un site qui visent la même recherche se partagent clics et liens, et les moteurs "
        "peuvent montrer la plus faible (cannibalisation). Yoast SEO avertit quand une expression clé a "
        "déjà servi."),
    "SITE002": (
        "Quand l’expression clé d’un article est suggérée (aucune déclarée) et égale celle d’un autre, ou "
        "qu’un article déclare une expression que d’autres n’ont qu’en suggestion : une information, car "
        "une suggestion n’est pas un choix de l’auteur.",
        "Comme SITE001, trouvé avant que l’auteur ait choisi : deux articles sur la même expression "
        "risquent de se la disputer."),
    "SITE003": (
        "Les titres se comparent casse, accents, espaces et ponctuation finale mis à part.",
        "Un résultat de recherche montre d’abord le titre ; deux pages au même titre semblent n’en faire "
        "qu’une, et les moteurs peuvent n’en garder qu’une (Google Search Central : un titre unique par "
        "page)."),
    "SITE004": (
        "Les meta descriptions se comparent comme les titres (SITE003).",
        "La description est l’extrait sous le titre d’un résultat ; Google Search Central en demande une "
        "distincte par page."),
    "SITE005": (
        "Cherche dans les paragraphes et les éléments de liste de chaque article l’expression clé "
        "déclarée ou le titre d’un autre article, quand l’article ne le lie pas encore. Une expression "
        "d’un seul mot plein, ou partagée par plusieurs articles (SITE001), ne propose rien. Au plus "
        "`max_suggestions` par article, la première mention de chaque cible, dans l’ordre de lecture.",
        "Les liens internes répartissent l’autorité d’un site et mènent le lecteur plus loin ; Yoast SEO "
        "Premium en suggère. Ici, ils sont trouvés hors ligne et les mêmes à chaque passage."),
    "SITE006": (
        "Les liens sont résolus comme pour LNK005 (slugs, permaliens, fichiers relatifs) ; une image "
        "n’est pas un lien. Jugé seulement quand le lot compte au moins `min_articles` articles.",
        "Une page qu’aucune autre ne lie est difficile à trouver, pour les lecteurs comme pour les robots "
        "qui suivent les liens. Yoast SEO Premium liste les « contenus orphelins »."),
}

#: (code, paramètre) → source du seuil, en français
SOURCES: dict[tuple[str, str], str] = {
    ("LEN001", "min_words"): "la commande : « au moins 700 mots » (Yoast : 300 ; contenu phare 900)",
    ("TTL002", "min_chars"): "Yoast SEO, longueur du titre, exprimée en caractères",
    ("TTL003", "max_pixels"): "Yoast SEO / Google : largeur du titre d’un résultat",
    ("TTL003", "font_px"): "Google affiche les titres des résultats en Arial 20 px",
    ("TTL005", "max_position"): "la demande : dans la première moitié du titre (Yoast SEO le préfère au début)",
    ("MET002", "min_chars"): "Yoast SEO, longueur de la meta description",
    ("KW003", "min_percent"): "Yoast SEO, densité de l’expression clé, borne basse",
    ("KW003", "max_percent"): "Yoast SEO, densité de l’expression clé, borne haute (bourrage)",
    ("KW003", "min_words"): "Yoast SEO juge la densité à partir de 100 mots",
    ("KW004", "min_share"): "Yoast SEO « expression clé dans les sous-titres » : 30 % à 75 % des H2/H3",
    ("KW006", "parts"): "la demande : les tiers du texte (forme simple de la distribution de Yoast SEO)",
    ("KW006", "max_empty_share"): "la demande : absente de plus de la moitié des parties",
    ("KW007", "max_content_words"): "Yoast SEO, longueur de l’expression clé : au plus 4 mots pleins",
    ("STR001", "max_words"): "Yoast SEO : des sous-titres dans tout texte de plus de 300 mots",
    ("STR002", "max_words"): "Yoast SEO, distribution des sous-titres",
    ("STR005", "max_words"): "Yoast SEO, longueur des paragraphes",
    ("RDB001", "min_score"): "Yoast SEO, Flesch pour le français (Kandel & Moles 1958) : 60 et plus est bon",
    ("RDB002", "max_words"): "Yoast SEO : une phrase française est longue au-delà de 20 mots",
    ("RDB002", "max_share"): "Yoast SEO : au plus 25 % de phrases longues",
    ("RDB003", "max_share"): "Yoast SEO : au plus 10 % de phrases au passif",
    ("RDB004", "min_share"): "Yoast SEO : au moins 30 % de phrases avec un mot de liaison",
    ("RDB005", "max_run"): "Yoast SEO : 3 phrases de suite ou plus avec le même début sont signalées",
    ("IMG001", "min_images"): "Yoast SEO « images » : au moins une image",
    ("LNG001", "min_french_share"): "part des mots dans des paragraphes jugés français (mots-outils + vocabulaire du modèle)",
    ("TYP001", "colon"): "avant « : » : espace insécable (Imprimerie nationale)",
    ("TYP001", "other"): "avant « ; ! ? » et dans « » : espace fine insécable",
    ("TYP001", "strict"): "true : seule l’espace nommée ci-dessus est acceptée",
    ("TYP001", "group"): "\"auto\" : un constat si tout le texte est tapé ainsi, sinon un par paragraphe",
    ("TYP002", "quotes"): "signaler les guillemets droits \"",
    ("TYP002", "apostrophe"): "style maison : \"’\" signale ', \"'\" signale ’, \"\" accepte les deux",
    ("TYP003", "list_items"): "les éléments de liste peuvent commencer par une minuscule en français",
    ("TYP004", "repeated_marks"): "« !! », « ?? »",
    ("LNK001", "min_links"): "Yoast SEO « liens internes » : au moins un",
    ("LNK002", "min_links"): "Yoast SEO « liens sortants » : au moins un",
    ("LNK001", "site_hosts"): "les noms d’hôte du site, séparés par des espaces ou des virgules : les liens absolus vers eux sont internes",
    ("LNK002", "site_hosts"): "les noms d’hôte du site, séparés par des espaces ou des virgules : les liens absolus vers eux sont internes",
    ("LNK005", "site_hosts"): "les noms d’hôte du site, séparés par des espaces ou des virgules : les liens absolus vers eux sont internes",
    ("SITE005", "max_suggestions"): "combien de suggestions par article (Yoast Premium en montre une courte liste)",
    ("SITE006", "min_articles"): "un article seul ne peut être lié par un autre",
    ("SITE002", "min_content_words"): "mesuré sur beta.gouv.fr : les suggestions d’un seul mot partagées étaient des mots génériques",
}

#: code → source de la sévérité par défaut, en français
SEVERITY_SOURCES: dict[str, str] = {
    "IMG002": "WCAG 1.1.1 et les attributs alt vérifiés par Yoast SEO",
    "IMG003": "Yoast SEO « expression clé dans les images » : dans au moins un texte alternatif",
    "KW001": "Yoast SEO demande une expression clé ; l’outil en suggère une au lieu d’échouer",
    "KW002": "Yoast SEO « expression clé dans l’introduction » (premier paragraphe)",
    "KW005": "Yoast SEO « expression clé dans le slug »",
    "LNG001": "l’outil mesure du français ; les autres règles sont sans objet quand celle-ci échoue",
    "LNG002": "passages non traduits laissés par la traduction automatique ou le copier-coller",
    "LNK001": "Yoast SEO « liens internes » : rouge sans aucun",
    "LNK002": "Yoast SEO « liens sortants » : orange sans aucun",
    "LNK003": "Yoast SEO « liens concurrents » (rouge) : l’expression clé comme texte d’un lien",
    "LNK004": "WCAG 2.2, critère 2.4.4 ; guide SEO de Google : pas de « cliquez ici »",
    "LNK005": "un lien cassé est un défaut à corriger avant publication ; aucune extension ne le vérifie hors ligne",
    "LNK006": "une ancre cassée laisse le lecteur en haut de la page",
    "MET001": "Yoast SEO : l’absence de meta description est un problème (rouge)",
    "MET003": "Yoast SEO « expression clé dans la meta description »",
    "SITE001": "Yoast SEO « expression clé déjà utilisée » (orange une fois, rouge au-delà)",
    "SITE002": "la demande : des suggestions partagées sont une information",
    "SITE003": "Google Search Central : un titre unique par page",
    "SITE004": "Google Search Central : une meta description distincte par page",
    "SITE005": "les suggestions de liens internes de Yoast SEO Premium sont des suggestions",
    "SITE006": "les « contenus orphelins » de Yoast SEO Premium sont une liste à traiter, pas une erreur",
    "STR001": "la commande demande des sous-titres",
    "TTL001": "la commande demande un titre travaillé",
    "TTL004": "Yoast SEO « expression clé dans le titre SEO »",
    "TYP005": "active par défaut : 0 constat pour 10 000 mots sur le blog de beta.gouv.fr, 1,9 sur ses "
              "pages produit, 3,8 sur Wikinews, presque tous justes (benchmarks/typography_alarms.py, README)",
}

SEVERITY_FR = {"error": "erreur (error)", "warning": "avertissement (warning)", "info": "info",
               "off": "désactivée (off)"}
