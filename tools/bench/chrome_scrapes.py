#!/usr/bin/env python3
"""Plain-text scrapes made from the seeds' hand-made gold: each gold article wrapped in the
chrome French news sites print around an article (menus, cookie banners, breadcrumbs,
bylines and datelines, inline boxes, forms, tags, comments, footers), by families of sites,
then analysed by the native CLI and checked line for line: is the body exactly the gold's
paragraphs, and are the title, author and date the ones the chrome printed?

It is how the text extractor's chrome rules (`src/extract/rules/boilerplate.tsv`) and
header logic (`src/extract/headline.rs`) were grown in December 2026: a family that fails
shows a kind of line the rules do not know yet. It measures recall of chrome kinds, not
quality on real pages (see `tools/bench_extract.sh` and `tools/make_scrapes.py` for that).

More families, in the same form, are in tools/bench/chrome_families/ (--families FILE): twenty-two
sets of ten, each written in December 2026 by a separate writer who saw neither the extractor's
rules nor the other sets (set1: national, regional, magazines, public broadcasters, foreign
francophone papers, aggregators, state agencies, blogs, AMP, reader mode; set2: sport,
business, opinion, Belgian, Quebec, African, Swiss, Maghreb, Caucasus, local TV; set3:
investigation, weeklies, tech, overseas, Middle East, think tanks, NGO releases, small-town
dailies, reader copies, blogs and forums; set4: a live page, Breton, Swiss, Belgian, Quebec,
Senegalese, Lebanese, trade press, student paper, aggregator; set5: TV news, paywalled weekly,
Corsican, Moroccan, Haitian, Luxembourg, UN agency release, science magazine, town hall,
newsletter; set6: south-west regional daily, sports daily, financial weekly, Algerian, Acadian,
Tunisian, Réunion, Catholic weekly, fact-checker, Congolese; set7: Paris evening daily with a
live blog, Cameroonian, Swiss business paper, Normandy weekly, Ivorian, international radio,
Armenian diaspora, opinion magazine, consumer site, Walloon regional; set8: national daily with
a premium zone, Breton, Geneva NGO, Burkinabe, Lebanese, motoring, cinema, Antilles TV, law,
Quebec business; set9: Alsatian, farming weekly, Senegalese sport, health, Paris free daily,
Moroccan business, students, Monaco, Haitian radio, Brussels broadcaster; set10: Lyon daily,
Guinean portal, Malagasy daily, New Caledonia, Franco-Ontarian weekly, defence news, pan-African
weekly, Brussels EU affairs, Chinese state media in French, Savoie valley; set11: Mauritian
daily, Beninese/Togolese site, Rwandan/Burundian site, Provence daily, climate pure player,
women's magazine, Turkish state broadcaster in French, geopolitics review, food and wine
magazine, Lorraine regional TV; set12: Marseille evening tabloid, Malian daily, Geneva
international weekly, Nantes daily, missionary press agency, Guyane, Gabonese portal, Belgian
business daily, Russian state media in French, Toulouse aerospace trade news; set13: Montpellier
daily with a metered paywall, Chadian/Nigerien portal, Vietnamese state-linked outlet, Valais
daily, outdoor and cycling magazine, political newsletter platform, Egyptian weekly, Tahiti TV
news, Mauritanian portal, public regional radio; set14: Lille daily with a ticker,
Congo-Brazzaville portal, Swiss public broadcaster, Quebec public broadcaster, wine and farming
trade weekly, investigative site with a hard paywall, Belgian popular daily, Djibouti/Comoros
portal, rugby site with betting ads, parliamentary TV channel; set15: Armenian agency, Azerbaijani
state agency's French edition, Ukrainian site in French, pan-European TV news, Catholic news site,
Côte d'Azur daily with a metered paywall, business daily with market tickers, Mayotte local news,
teachers' news site, video-game site with comment threads; set16: Bordeaux regional daily with
local editions, Kinshasa portal, Belgian public broadcaster, economic weekly with a hard paywall,
Saguenay daily, humanitarian NGO's press releases, Antilles daily, science and space site,
Senegalese/Ivorian sports site with betting ads, independent weekly with donation appeals and
readers' comments; set17: Auvergne regional daily with obituaries, Franco-Manitoban community
weekly, Arc jurassien daily, Basque Country daily with bilingual labels, public radio with
podcast players, Bangui radio, energy trade news with market tickers, public research institute,
Moldovan francophone site with bilingual labels, people magazine with slideshows; set18:
Strasbourg daily, Rennes student radio, Lausanne free daily, Gaspésie weekly, Algerian online
daily, Beirut business monthly, diocese news, defence think tank blog, Abidjan tabloid, tech
newsletter site; set19: Alpine regional daily, Reims daily with an e-paper, academics' analysis
site, citizen blog platform, francophone Israeli site, Belgian agency wire, foreign ministry's
press statements, Cambodian francophone weekly, bilingual Swiss regional daily, Saint-Pierre-et-
Miquelon public broadcaster; set20: La Rochelle daily with tides and ferries, Burgundy daily
with traffic and games, TV news video pages, conservative weekly with a hard paywall, Brussels
free daily, eastern Congo portal, Gulf business site with Arabic labels, Protestant magazine,
public broadcaster's fact-checking unit, Andorran trilingual local site; set21: Limousin daily
with a ticker of local briefs, a national daily's printer-friendly copy, translated foreign-press
review, regional council's news page, Pacific public broadcaster, a news channel's Telegram export,
an email newsletter saved as text, Caucasus and Central Asia specialist site, maritime and
shipping trade news, Romandy local radio; set22: Toulouse daily with a rugby ticker, Quebec
popular daily tied to a TV network, federal government's bilingual news release, news agency's
wire feed as received, forum thread quoting the article, professional social network's article,
podcast episode page with its transcript, digitized newspaper archive viewer, page seen through
a machine-translation toolbar, read-time blogging platform). Each was measured
before anything was tuned on it. The extractor has since
been tuned on sets 1-3, 5, 6, 8, 9, 11 and 14-22; sets 4, 7, 10,
12 and 13 are kept as the held-out ones: measure them, never tune on what they show (a new
blind check after that needs a new set).

Usage: python3 tools/bench/chrome_scrapes.py [--out DIR] [--revue BIN] [--seeds N] [--bodies seeds|winer-dev|winer-train] [--families FILE] [--wrap COLUMNS] [--markdown] [--show]
Needs ../shared (the seeds and their gold; SHARED=... to override). Prints one line a family:
files, bodies exact, title, author and date misses; --show lists each miss.
"""
import argparse, collections, json, os, random, re, subprocess, sys, textwrap

SHARED = os.environ.get("SHARED", os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared"))
SITE = "Caucase Info"

# Each family: header blocks (one to three drawn), byline/dateline blocks with the author and
# date they state (one drawn), lines or blocks put between paragraphs (15% of gaps), footer
# blocks (one to three drawn).
FAMILIES = {
    "news sites": dict(
        heads=[
 ["Accueil","International","Politique","Économie","Société","Culture","Sport","Se connecter","S'abonner"],
 ["Menu","Rechercher","Newsletter","Mon compte"],
 ["Accueil > Monde > Europe"],
 ["Nous utilisons des cookies pour améliorer votre expérience. En poursuivant votre navigation, vous acceptez leur utilisation.","Accepter","Refuser","Paramétrer"],
 ["Édition du jour","Le journal","Abonnez-vous dès 1€"],
 ["FLASH INFO", "Dernière minute : séisme au Japon"],
],
        metas=[(m, None, None) for m in [
 ["Publié le 20/09/2023 à 10h23, mis à jour à 11h05"],
 ["Par Jeanne Martin","Publié le 20 septembre 2023 à 10:23"],
 ["Temps de lecture : 3 min"],
 ["Rédaction","20 septembre 2023"],
 ["Partager","Facebook","Twitter","E-mail"],
 [],
]],
        inline=["Publicité","PUBLICITÉ","À lire aussi : Arménie : Pachinian appelle à la retenue","Lire aussi | Le Haut-Karabakh se vide de ses habitants","[Vidéo] Les images des combats","Photo d'illustration","LIRE AUSSI >> Moscou accuse Bakou","Abonnez-vous à notre newsletter","Suivez-nous sur Facebook","Inscrivez-vous à notre newsletter quotidienne","Article réservé aux abonnés","(Crédit : AFP)"],
        foots=[
 ["Mots-clés : Arménie, Azerbaïdjan, Haut-Karabakh"],
 ["Partager cet article","Facebook","Twitter","LinkedIn"],
 ["Laisser un commentaire","Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *","Commentaire *","Nom *","E-mail *","Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.","Publier le commentaire"],
 ["Sur le même sujet","Arménie : la colère gronde à Erevan après la défaite","Azerbaïdjan : Bakou annonce des élections anticipées","Russie : Moscou retire ses soldats de la paix du Karabakh"],
 ["Les plus lus","1","Guerre en Ukraine : ce que l'on sait de l'attaque de drones sur Moscou","2","Israël : le gouvernement annonce un nouveau budget"],
 ["© 2023 Le Courrier du Caucase – Tous droits réservés","Mentions légales","Politique de confidentialité","Contact"],
 ["Commentaires (12)","Connectez-vous pour commenter"],
],
    ),
    "news sites 2": dict(
        heads=[
 ["Vous êtes ici : Accueil / Monde / Europe"],
 ["Paris 18°C","Mercredi 20 septembre 2023"],
 ["Accueil","Actualité","International","Vidéos","Podcasts","Newsletters","Mon espace","S'abonner"],
 ["Ce site utilise des cookies. En continuant à naviguer, vous acceptez notre politique de confidentialité.","J'accepte","En savoir plus"],
 ["Le Courrier du Caucase","L'information indépendante sur le Caucase du Sud"],
 ["Facebook","Twitter","Instagram","YouTube","RSS"],
],
        metas=[  # (lines, author, published)
 (["Par Jeanne MARTIN"],"Jeanne MARTIN",None),
 (["Jeanne Martin, avec AFP"],"Jeanne Martin",None),
 (["AFP, publié le mercredi 20 septembre 2023 à 10h23"],None,"2023-09-20"),
 (["Le 20/09/2023 à 10:23"],None,"2023-09-20"),
 (["20 septembre 2023 à 10h23 - Modifié le 20 septembre 2023 à 11h05"],None,"2023-09-20"),
 (["Écrit par Jeanne Martin","Mis à jour le 21/09/2023"],"Jeanne Martin","2023-09-21"),
 (["Lecture 4 min"],None,None),
 (["Écouter cet article"],None,None),
],
        inline=["Publicité","Contenus sponsorisés","Pour aller plus loin","Réservé aux abonnés","Le président azerbaïdjanais Ilham Aliev, le 19 septembre 2023 à Bakou. (AFP)","À voir aussi","Lire aussi : L'Arménie accuse l'Azerbaïdjan de nettoyage ethnique","PUBLICITÉ"],
        foots=[
 ["Cet article vous a-t-il été utile ?","Oui","Non"],
 ["Signaler une erreur"],
 ["Newsletter","Recevez chaque matin l'essentiel de l'actualité","Votre adresse email","S'inscrire"],
 ["À découvrir","Erevan : des milliers de manifestants devant le Parlement","Bakou accueillera la COP29 en novembre prochain","Le Kremlin dément tout retrait de ses troupes"],
 ["Vous aimerez aussi","Pourquoi le Haut-Karabakh est au cœur d'un conflit depuis trente ans","Qui est Ilham Aliev, le président de l'Azerbaïdjan ?"],
 ["Contenus sponsorisés par Taboola","Cette voiture électrique coûte moins cher que vous ne le pensez","Les retraités français découvrent cette astuce"],
 ["© Le Courrier du Caucase 2023. Tous droits réservés.","Mentions légales","CGU","Contact"],
 ["Réagissez à cet article","Vous devez être connecté pour commenter."],
],
    ),
    "title forms": dict(
        heads=[["Accueil","Monde","Europe","Caucase","Économie","Culture"],["Rechercher","Connexion"],["Newsletter","Abonnement"],[]],
        metas=[
 (["Par Jeanne Martin | Publié le 20/09/2023 à 10h23"],"Jeanne Martin","2023-09-20"),
 (["Mercredi 20 Septembre 2023 - 10:23"],None,"2023-09-20"),
 (["20.09.2023"],None,"2023-09-20"),
 (["Publié le : 20 septembre 2023","Auteur : Jeanne Martin"],"Jeanne Martin","2023-09-20"),
 (["Jeanne Martin","Journaliste","20 septembre 2023"],"Jeanne Martin","2023-09-20"),
 (["Le 20 septembre 2023 par Jeanne Martin"],"Jeanne Martin","2023-09-20"),
 (["Mis en ligne le 20/09/2023"],None,"2023-09-20"),
],
        inline=[],
        foots=[["Partager :","Facebook","X","WhatsApp","Imprimer"],["Articles similaires","Erevan et Bakou reprennent les négociations à Bruxelles","Le Karabakh, trente ans de conflit"],["Laisser un commentaire","Annuler la réponse","Commentaire","Nom","Email","Site web"],["© "+SITE+" 2023"]],
        title_forms=True,
    ),
    "wordpress": dict(
        heads=[["Aller au contenu","Menu principal","Accueil","Actualités","Diaspora","Culture","Contact"],["Rechercher :","Rechercher"],["Publié dans International","Catégories : Arménie, Caucase"],[]],
        metas=[(["Publié le 20 septembre 2023 par Jeanne Martin"],"Jeanne Martin","2023-09-20"),(["20 septembre 2023","Jeanne Martin","Laisser un commentaire"],"Jeanne Martin","2023-09-20"),(["Posted on 20 septembre 2023 by Jeanne Martin"],"Jeanne Martin","2023-09-20"),(["Mis à jour : 21/09/2023 à 08h15"],None,"2023-09-21")],
        inline=["Partager via","J'aime","Chargement…","Publicité","Lire également : Le Karabakh se vide","Pour ne rien manquer, abonnez-vous à notre newsletter"],
        foots=[["Partager :","Cliquez pour partager sur Facebook(ouvre dans une nouvelle fenêtre)","Cliquez pour partager sur X(ouvre dans une nouvelle fenêtre)","J'aime ça :","J'aime chargement…"],["Étiquettes : Arménie, Azerbaïdjan, Karabakh"],["Navigation de l’article","← Article précédent","Erevan : manifestation devant le Parlement","Article suivant →","Bakou : le président reçoit une délégation turque"],["Vous pourriez aussi aimer","Le Haut-Karabakh, trente ans de conflit","La diaspora arménienne se mobilise à Marseille"],["Laisser un commentaire Annuler la réponse","Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *","Commentaire *","Nom *","E-mail *","Site web","Laisser un commentaire"],["Propulsé par WordPress | Thème : Newsup par Themeansar."]],
    ),
    "paywalled papers": dict(
        heads=[["Le direct","Les plus lus","Newsletters","Abonnez-vous"],["Écouter","Lecture : 2 min.","Offrir cet article","Ajouter à vos favoris"],["Édition numérique","Les Dernières Nouvelles","Se connecter"],["Monde","Europe","Caucase"]],
        metas=[(["Par AFP","Modifié le 20/09/2023 à 10h23","Publié le 20/09/2023 à 09h00"],None,"2023-09-20"),(["Jeanne Martin (avec AFP)","Le 20/09/2023 à 10:23 - Mis à jour le 20/09/2023 à 11:05"],"Jeanne Martin","2023-09-20"),(["AFP","Publié le mercredi 20 septembre 2023 à 10h23"],None,"2023-09-20"),(["Par La Rédaction avec AFP","20/09/2023"],None,"2023-09-20")],
        inline=["Cet article est réservé aux abonnés. Il vous reste 80% à découvrir.","Offrir cet article","Le direct","Écouter cet article","À découvrir aussi","Newsletter Monde : recevez chaque jour l'essentiel de l'actualité internationale","Déjà abonné ? Se connecter"],
        foots=[["© 2023 AFP"],["Tous droits de reproduction et de représentation réservés. © 2023 Agence France-Presse"],["Les plus lus","1. Arménie : Pachinian sous pression","2. Bakou annonce des élections"],["Offrir cet article","Commenter","Partager"],["Signaler un contenu abusif"],["Cet article vous a été offert. Pour lire tous nos articles, abonnez-vous."]],
    ),
    "national sites": dict(
        heads=[["franceinfo","Radio France","Direct TV","Vidéos","Rubriques","Rechercher"],
 ["Le Figaro","International","S'abonner","Se connecter","Écouter cet article","00:00/04:32"],
 ["Ouest-France","Modifier mes choix de consentement","Voir le direct","Monde"],
 ["20 Minutes","Actualité","Monde","Sujets liés"],
 ["Fil d'Ariane","Accueil","Europe","Arménie"],
 ["OLJ","L'Orient-Le Jour","Liban","Moyen-Orient","Monde"],
 ["euronews.","Dernières infos","Europe","Monde","Business"]],
        metas=[(["Article rédigé par franceinfo avec AFP - Radio France","Publié le 20/09/2023 10:23 Mis à jour le 20/09/2023 11:05","Temps de lecture : 2 min"],None,"2023-09-20"),
 (["Le Figaro avec AFP","Publié le 20/09/2023 à 10:23, mis à jour le 20/09/2023 à 11:05"],None,"2023-09-20"),
 (["Ouest-France avec AFP.","Publié le 20/09/2023 à 10h23","Lecture : 2 minutes"],None,"2023-09-20"),
 (["20 Minutes avec AFP","Publié le 20/09/23 à 10h23 — Mis à jour le 20/09/23 à 11h05"],None,"2023-09-20"),
 (["Publié le : 20/09/2023 - 10:23","Modifié le : 20/09/2023 - 11:05","2 mn","Par : RFI"],None,"2023-09-20"),
 (["OLJ / Par Jeanne MARTIN, le 20 septembre 2023 à 10h23","Lecture : 3 min."],"Jeanne MARTIN","2023-09-20"),
 (["Par Euronews avec AFP","Publié le 20/09/2023 - 10:23•Mis à jour 11:05"],None,"2023-09-20")],
        inline=["La suite après la publicité","La suite après cette publicité","Copier le lien","Lien copié","Ce contenu n'est pas disponible.","Ajouter à mes favoris","Lire plus tard","VIDÉO. Les images des combats au Haut-Karabakh","SUR LE MÊME SUJET","Ouest-France vous recommande","La rédaction vous conseille"],
        foots=[["Sujets","Arménie","Azerbaïdjan","Conflits"],
 ["0 commentaire","44 partages"],
 ["Voir les commentaires","Commenter"],
 ["Partager l'article sur Facebook","Partager l'article sur X","Partager l'article par e-mail"],
 ["L'essentiel du jour : notre sélection exclusive","Votre adresse e-mail","Je m'inscris"],
 ["Copier/coller le lien embed de la vidéo ci-dessous :","Copy to clipboard","Copied"],
 ["À voir également sur Le HuffPost :","Guerre en Ukraine : Zelensky à Washington pour plaider sa cause"],
 ["Signaler un abus"],
 ["Lire l'article original"]],
    ),
    "tv, regional and foreign french sites": dict(
        heads=[["BFMTV","International","Vidéos","Replay","Recevez les alertes"],
 ["TF1INFO","Accueil","International","Sujets"],
 ["ladepeche.fr","l'essentiel","Abonnés","Monde"],
 ["RTBF","Info","Monde","Europe"],
 ["Le Soir","Monde","Les plus lus"],
 ["RTS Info","Monde","Suisse"],
 ["ICI Radio-Canada Info","International","Partager la page"],
 ["Jeune Afrique","Politique","Économie","Culture"]],
        metas=[(["J.M. avec AFP","Publié le 20/09/2023 à 10:23","Mis à jour le 20/09/2023 à 11:05"],None,"2023-09-20"),
 (["Publié le 20 septembre 2023 à 10h23, mis à jour le 20 septembre 2023 à 11h05","Source : TF1 Info"],None,"2023-09-20"),
 (["Publié le 20/09/2023 à 10:23 , mis à jour à 11:05"],None,"2023-09-20"),
 (["Sud Ouest avec AFP","Publié le 20/09/2023 à 10h23.","Mis à jour le 20/09/2023 à 11h05."],None,"2023-09-20"),
 (["Par Belga avec AFP","Publié le mercredi 20 septembre 2023 à 10h23"],None,"2023-09-20"),
 (["Par Belga","Publié le 20/09/2023 à 10:23 Temps de lecture: 2 min"],None,"2023-09-20"),
 (["Publié à 10:23 Modifié à 11:05"],None,None),
 (["Agence France-Presse","Publié le 20 septembre 2023","Mis à jour le 20 septembre 2023"],None,"2023-09-20"),
 (["Par Jeune Afrique avec AFP","Publié le 20 septembre 2023 Lecture : 2 minutes."],None,"2023-09-20"),
 (["Article rédigé par Jeanne Martin"],"Jeanne Martin",None)],
        inline=["Recevez les alertes","Offrir l'article","Écouter cet article","Ces articles peuvent vous intéresser","Articles recommandés pour vous","Vous avez lu 1 article sur 3 gratuits","Lien copié","Partager sur Facebook","À voir aussi"],
        foots=[["ats/afp/jm"],["Tous les sujets de l'article","Arménie","Azerbaïdjan"],["Avec les informations de Reuters et de l'Agence France-Presse"],["Voir les commentaires","Réagir"],["Cet article est réservé aux abonnés"],["Continuer à lire"],["Partager sur Facebook","Partager sur X","Ajouter à mes favoris"],["Toute l'info sur","Le conflit au Haut-Karabakh"]],
    ),
    "small sites and cms": dict(
        heads=[["12.3 C","Paris","mercredi, septembre 20, 2023","No menu items!"],
 ["Sélectionner une langue","Powered by Google Traduction","Traduire"],
 ["Accueil","Actualités","Monde","Contact","Qui sommes-nous ?"],
 ["Détails","Catégorie : Monde"],
 ["Caucase Info","Le portail d'information du Caucase du Sud"],
 ["Menu principal","Aller au contenu","Rechercher :"],
 ["Mercredi 20 septembre 2023","Dernière mise à jour : 11:05"]],
        metas=[(["Publié par Jeanne Martin à 10:23"],"Jeanne Martin",None),
 (["Soumis par Jeanne Martin le mer, 20/09/2023 - 10:23"],"Jeanne Martin","2023-09-20"),
 (["Publié le 20 septembre 2023","Affichages : 1234"],None,"2023-09-20"),
 (["Posté par : Jeanne Martin","20 septembre 2023"],"Jeanne Martin","2023-09-20"),
 (["mercredi 20 septembre 2023, par Jeanne Martin"],"Jeanne Martin","2023-09-20"),
 (["Auteur : Jeanne Martin","Date : 20/09/2023"],"Jeanne Martin","2023-09-20"),
 (["20 septembre 2023","Rédaction","0 commentaire"],None,"2023-09-20"),
 ([],None,None)],
        inline=["Se Propager","Photo: ,","arton71218","Traduit automatiquement","Voir aussi :","[...]","Partager :","Imprimer","Envoyer par e-mail","Lire la suite"],
        foots=[["Aucun commentaire:","Enregistrer un commentaire","Article plus récent Article plus ancien Accueil","Inscription à : Publier les commentaires (Atom)"],
 ["Articles similaires","Bakou accueillera la COP29 en novembre prochain","Erevan : des milliers de manifestants devant le Parlement"],
 ["Catégorie : Monde","Étiquettes : Arménie, Azerbaïdjan"],
 ["Précédent","Suivant"],
 ["Vous aimez cet article ? Partagez-le !","Facebook","X","WhatsApp","Telegram"],
 ["Laisser un commentaire Annuler la réponse","Vous devez être connecté pour publier un commentaire."],
 ["Copyright © 2023 Caucase Info. Tous droits réservés.","Thème par JNews"],
 ["Plus d'articles","Plus d'articles de l'auteur"],
 ["Retour en haut de page"]],
    ),
    "banners, forms and comments": dict(
        heads=[["Accueil » Monde » Caucase"],["Accueil > International > Europe de l'Est"],
 ["Nous respectons votre vie privée. Nous et nos partenaires utilisons des cookies et des technologies similaires pour stocker et accéder à des informations sur votre appareil, afin de mesurer l'audience et de personnaliser les contenus et les publicités. Vous pouvez accepter, refuser ou paramétrer vos choix à tout moment.","Tout accepter","Tout refuser","Personnaliser"],
 ["12 partages","Tweet","Pin","0"],
 ["Dernières infos :","Inondations dans le Sud : deux morts et des milliers de sinistrés","Budget 2024 : le gouvernement dévoile ses arbitrages"]],
        metas=[([], None, None)],
        inline=[["Lire aussi","Arménie : le Premier ministre appelle la population au calme"],
 ["Inscrivez-vous à notre newsletter","Votre e-mail","OK"],
 ["Une manifestation à Erevan, le 19 septembre 2023. © AFP"],
 ["À lire également :","Haut-Karabakh : l'exode des Arméniens se poursuit"]],
        foots=[["À propos de l'auteur","Jeanne Martin","Journaliste spécialiste du Caucase, Jeanne Martin a couvert les guerres de 2016 et 2020 au Haut-Karabakh et suit depuis dix ans la politique arménienne et azerbaïdjanaise pour plusieurs médias européens."],
 ["3 commentaires","Jean Dupont dit :","20 septembre 2023 à 12 h 04 min","Encore une fois la communauté internationale regarde ailleurs pendant que des civils sont bombardés, c'est une honte absolue et personne ne fera rien comme d'habitude.","Répondre","Marie L. dit :","20 septembre 2023 à 13 h 30 min","Il faut rappeler que le droit international reconnaît ce territoire comme azerbaïdjanais, ce qui ne justifie évidemment pas les bombardements contre des civils.","Répondre"],
 ["Article précédent","Bakou accueillera la COP29 en novembre prochain","Article suivant","Erevan : des milliers de manifestants devant le Parlement"],
 ["Mots-clés :","Arménie","Azerbaïdjan","Haut-Karabakh"],
 ["Articles liés","Haut-Karabakh : ce que l'on sait de l'offensive azerbaïdjanaise","Les forces azerbaïdjanaises ont lancé mardi une opération qualifiée d'antiterroriste dans l'enclave séparatiste, faisant au moins 27 morts selon un premier bilan…","Arménie : Pachinian sous la pression de la rue","Des milliers de manifestants se sont rassemblés devant le siège du gouvernement à Erevan pour réclamer la démission du Premier ministre…"]],
    ),
    "agencies and international french services": dict(
        heads=[["AZERTAC", "Agence de presse nationale d'Azerbaïdjan", "Politique", "Économie"], ["ARMENPRESS", "Agence de presse arménienne"], ["AA", "Anadolu Ajansı", "Monde", "Actualité"], ["TRT Français", "Actualité", "Monde"], ["Sputnik Afrique", "International", "S'abonner"], ["RFI", "Afrique", "Monde", "Podcasts"]],
        metas=[(["Bakou, 20 septembre, AZERTAC"], None, None), (["Erevan, 20 septembre. ARMENPRESS."], None, None), (["Editeur : Jeanne Martin", "20.09.2023 10:23", "Mis à jour: 20.09.2023"], "Jeanne Martin", "2023-09-20"), (["20.09.2023 ─ 10:23"], None, "2023-09-20"), (["Publié le : 20/09/2023 - 10:23", "Par : RFI"], None, "2023-09-20"), (["Par Jeanne Martin", "20/09/2023 à 10:23"], "Jeanne Martin", "2023-09-20")],
        inline=["Suivez Sputnik sur Telegram", "Suivez-nous sur Telegram", "Plus de nouvelles", ["Nouvelles connexes", "Bakou accueillera la COP29 en novembre prochain"]],
        foots=[["Nouvelles connexes", "Bakou accueillera la COP29 en novembre prochain", "Erevan : des milliers de manifestants devant le Parlement"], ["Les plus lus", "Le Kremlin dément tout retrait de ses troupes", "Erevan accuse Bakou de nettoyage ethnique"], ["Tous droits réservés. L'utilisation des matériaux est autorisée à condition de citer la source."], ["Dernières nouvelles", "10:45", "Séisme au Japon : pas d'alerte au tsunami", "10:30", "Inondations dans le Sud : deux morts"], ["Suivez-nous sur Telegram", "S'abonner"]],
    ),
    "english sites (chrome only: the bodies are the seeds' French prose)": dict(
        heads=[["Skip to main content", "World", "Politics", "Business", "Opinion", "Subscribe", "Sign in"], ["Advertisement"], ["Listen to this article", "5 min read"], ["This article is more than 2 years old"], ["BREAKING", "Live updates: storm makes landfall in Florida"]],
        metas=[(["By Jane Miller", "Updated 11:05 AM EST, Wed September 20, 2023"], "Jane Miller", "2023-09-20"), (["Jane Miller", "Wed 20 Sep 2023 10.23 BST"], "Jane Miller", "2023-09-20"), (["By Jane Miller and John Smith", "September 20, 2023 10:23 AM UTC", "Updated ago"], "Jane Miller, John Smith", "2023-09-20"), (["Published September 20, 2023"], None, "2023-09-20")],
        inline=["Story continues below advertisement", "Advertisement", ["Read more:", "Storm makes landfall in Florida"], "Sign up for our newsletter", "Copy link", "Link copied", "Gift this article"],
        foots=[["Reporting by Jane Miller; Editing by John Smith"], ["Our Standards: The Thomson Reuters Trust Principles."], ["Topics", "Armenia", "Azerbaijan"], ["Reuse this content"], ["Most Read", "1", "Storm makes landfall in Florida", "2", "Senate passes spending bill"], ["Comments", "Have your say", "Join the conversation"], ["You have 2 free articles left this month", "Subscribe now", "Already a subscriber? Sign in"], ["© 2023 Reuters. All rights reserved."]],
    ),
}


def title_block(t, rng):
    """The headline as sites print it: alone, with the site's name, under a kicker, after a
    breadcrumb that cuts it, printed twice."""
    return rng.choice([[t], [t + " - " + SITE], ["INTERNATIONAL", t], ["Accueil › Monde › " + t[:40] + "…", t], [t, t], ["Caucase", t + " | " + SITE]])


def seed_articles():
    """The seeds' hand-made gold: (name, title, body paragraphs)."""
    gold_dir = os.path.join(SHARED, "gold", "seeds")
    for f in sorted(os.listdir(os.path.join(SHARED, "seeds"))):
        g = json.load(open(os.path.join(gold_dir, f + ".gold.json")))
        yield f, g["title"], g["body"]


def winer_articles(split):
    """WiNER-fr's Wikinews articles (CC BY 2.5): many more French news bodies than the seeds,
    from one-paragraph briefs to long reports. The text is tokenised ("mort , à l' Élysée ."),
    so spaces before punctuation and after apostrophes are taken out; the headline is the first
    line, the body the paragraphs after the dateline ("7 janvier 2016 . –"), without
    Wikinews' own notices and share buttons."""
    folder = os.path.join(SHARED, "data", "ner", "winer-fr", split)
    def detok(t):
        t = re.sub(r" ([.,;:!?)\]»”%])", r"\1", " ".join(t.split()))
        t = re.sub(r"([(\[«“]) ", r"\1", t)
        t = re.sub(r"(\b[dljmnstcqu]|qu|jusqu|lorsqu|puisqu)' ", r"\1'", t, flags=re.I)
        return re.sub(r"([«]) ?(.*?) ?([»])", r"\1 \2 \3", t)
    for f in sorted(os.listdir(folder)):
        if not f.endswith(".txt"):
            continue
        lines = [l.strip() for l in open(os.path.join(folder, f), encoding="utf-8")]
        lines = [l for l in lines if l]
        if not lines:
            continue
        title, rest = detok(lines[0]), lines[1:]
        at = next((i for i, l in enumerate(rest) if re.fullmatch(r"\d{1,2}(er)? \w+ \d{4} \. –", l)), None)
        body = [detok(l) for l in rest[at + 1:]] if at is not None else []
        share = next((i for i, p in enumerate(body) if p.startswith("Partager cet article")), len(body))
        body = [p for p in body[:share] if "Wikinews" not in p and "Wikimedia" not in p]
        if body:
            yield f, title, body


def markdown_dress(rng):
    """A line as a reader service (Jina Reader, Firecrawl) writes it in Markdown."""
    def dress(line, kind):
        if kind == "title":
            return "# " + line
        if kind == "chrome":
            return f"*   [{line}](https://www.example.com/{rng.randint(1000, 9999)})" if len(line) < 60 and rng.random() < 0.6 else line
        words = line.split(" ")
        for k, w in enumerate(words):
            if w[:1].isupper() and w.isalpha() and k > 0 and rng.random() < 0.1:
                words[k] = f"[{w}](https://www.example.com/tag/{w.lower()})"
        return " ".join(words)
    return dress


def make(family, spec, out_dir, seeds, articles, wrap=None, markdown=False):
    """Writes the family's scrapes and their gold into out_dir; returns the file names."""
    names = []
    for seed in range(1, seeds + 1):
        rng = random.Random(f"{family}/{seed}")
        for f, title, body in articles:
            for v in range(3 if len(articles) < 20 else 1):
                lines = []
                # (As Markdown: the site's short lines as links in a list, the headline as a
                # heading, a few names in the paragraphs linked.)
                md = markdown_dress(rng) if markdown else (lambda line, kind: line)
                for h in rng.sample(spec["heads"], rng.randint(1, min(2, len(spec["heads"])))):
                    lines += [md(l, "chrome") for l in h]
                lines += [md(l, "title") for l in (title_block(title, rng) if spec.get("title_forms") else [title])]
                meta, author, published = rng.choice(spec["metas"])
                lines += meta
                for i, p in enumerate(body):
                    lines.append(md(p, "body"))
                    if spec["inline"] and 0 < i < len(body) - 2 and rng.random() < 0.15:
                        box = rng.choice(spec["inline"])
                        lines += [md(l, "chrome") for l in (box if isinstance(box, list) else [box])]
                for ft in rng.sample(spec["foots"], rng.randint(1, min(3, len(spec["foots"])))):
                    lines += [md(l, "chrome") for l in ft]
                if markdown:
                    lines = [f"Title: {title}", "", "URL Source: https://www.example.com/article", "", "Markdown Content:"] + lines
                name = f"s{seed}{v}_{f}" + (".md" if markdown else "")
                blank = rng.random() < 0.5
                if wrap:
                    # As html2text writes a page: each block wrapped, a blank line between blocks.
                    lines, blank = ["\n".join(textwrap.wrap(l, wrap, break_long_words=False, break_on_hyphens=False)) for l in lines], True
                with open(os.path.join(out_dir, name), "w") as out:
                    out.write(("\n\n" if blank else "\n").join(lines) + "\n")
                gold = {"title": title, "body": body, "author": author, "published": published}
                json.dump(gold, open(os.path.join(out_dir, name + ".gold.json"), "w"), ensure_ascii=False)
                names.append(name)
    return names


def check(out_dir, names, revue, show):
    """Runs the CLI on the family's files (one corpus) and counts the misses."""
    run = subprocess.run([revue, "analyze"] + [os.path.join(out_dir, n) for n in names], capture_output=True, text=True, check=True)
    norm = lambda s: " ".join((s or "").split())
    misses = {"body": 0, "title": 0, "author": 0, "date": 0, "f1": 0.0}
    toks = lambda ps: collections.Counter(re.findall(r"\w+", "\n".join(ps).lower()))
    for line in run.stdout.splitlines():
        rec = json.loads(line)
        name = os.path.basename(rec["file"])
        g = json.load(open(os.path.join(out_dir, name + ".gold.json")))
        got, want = {norm(p) for p in rec["body"]}, {norm(p) for p in g["body"]}
        tg, tw = toks(rec["body"]), toks(g["body"])
        both = sum((tg & tw).values())
        misses["f1"] += 2 * both / max(1, sum(tg.values()) + sum(tw.values()))
        wrong = []
        if got != want:
            misses["body"] += 1
            wrong.append(f"extra {[p[:60] for p in got - want]} missing {[p[:60] for p in want - got]}")
        if norm(rec.get("title")) != norm(g["title"]):
            misses["title"] += 1
            wrong.append(f"title {rec.get('title')!r}")
        if g["author"] and rec.get("author") != g["author"]:
            misses["author"] += 1
            wrong.append(f"author {rec.get('author')!r}, want {g['author']!r}")
        if g["published"] and rec.get("published") != g["published"]:
            misses["date"] += 1
            wrong.append(f"date {rec.get('published')!r}, want {g['published']!r}")
        if show and wrong:
            print(f"    {name}: " + "; ".join(wrong))
    return misses


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/tmp/revue-chrome-scrapes")
    ap.add_argument("--revue", default=os.path.join(os.path.dirname(__file__), "..", "..", "target", "release", "revue"))
    ap.add_argument("--seeds", type=int, default=3)
    ap.add_argument("--bodies", default="seeds", help="seeds (the hand gold), or winer-dev / winer-train (WiNER-fr's Wikinews articles)")
    ap.add_argument("--families", help="a JSON file of families (name -> heads, metas, inline, foots, as FAMILIES), instead of FAMILIES")
    ap.add_argument("--wrap", type=int, help="hard-wrap each scrape at this many columns, a blank line between blocks (as html2text writes a page at 78)")
    ap.add_argument("--markdown", action="store_true", help="write each scrape as Markdown, as Jina Reader does (a header, links, the headline as a heading)")
    ap.add_argument("--show", action="store_true")
    a = ap.parse_args()
    families = json.load(open(a.families, encoding="utf-8")) if a.families else FAMILIES
    articles = list(seed_articles() if a.bodies == "seeds" else winer_articles(a.bodies.split("-", 1)[1]))
    print(f"{'family':40} files  bodies exact  body F1  title  author  date misses")
    total = collections.Counter()
    for family, spec in families.items():
        out_dir = os.path.join(a.out, family.replace(" ", "-").replace(",", ""))
        os.makedirs(out_dir, exist_ok=True)
        for old in os.listdir(out_dir):
            os.remove(os.path.join(out_dir, old))
        names = make(family, spec, out_dir, a.seeds, articles, a.wrap, a.markdown)
        m = check(out_dir, names, a.revue, a.show)
        total.update(m, files=len(names))
        print(f"{family:40} {len(names):5}  {len(names) - m['body']:5}         {m['f1'] / len(names):.3f}    {m['title']:5}  {m['author']:6}  {m['date']:4}")
    n = total["files"]
    print(f"{'all':40} {n:5}  {n - total['body']:5}         {total['f1'] / n:.3f}    {total['title']:5}  {total['author']:6}  {total['date']:4}")


if __name__ == "__main__":
    sys.exit(main())
